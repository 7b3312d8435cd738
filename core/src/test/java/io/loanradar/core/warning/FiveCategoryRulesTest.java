package io.loanradar.core.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loanradar.core.credit.FiveCategory;
import io.loanradar.core.credit.LoanStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiveCategoryRulesTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  final FiveCategoryRules rules = FiveCategoryRules.defaults();

  static LoanView loan(String id, long outstanding, long overdueDays) {
    return loan(id, outstanding, overdueDays, LoanStatus.ACTIVE, Optional.empty());
  }

  static LoanView loan(
      String id, long outstanding, long overdueDays, LoanStatus status, Optional<LocalDate> r) {
    return new LoanView(
        id,
        status,
        overdueDays,
        FiveCategory.NORMAL,
        BigDecimal.valueOf(outstanding),
        AS_OF.minusDays(3),
        r);
  }

  @ParameterizedTest(name = "{0} days overdue -> {1} by {2}")
  @CsvSource({
    "0, NORMAL, CURRENT",
    "1, SPECIAL_MENTION, OVERDUE",
    "90, SPECIAL_MENTION, OVERDUE",
    "91, SUBSTANDARD, OVERDUE_90",
    "270, SUBSTANDARD, OVERDUE_90",
    "271, DOUBTFUL, OVERDUE_270",
    "360, DOUBTFUL, OVERDUE_270",
    "361, LOSS, OVERDUE_360",
    "1000, LOSS, OVERDUE_360"
  })
  void classifiesOneLoanByItsOverdueDays(long days, FiveCategory expected, String rule) {
    FiveCategoryRules.DebtorClass c = rules.classify(AS_OF, List.of(loan("L1", 1_000_000, days)));

    assertThat(c.suggested()).isEqualTo(expected);
    assertThat(c.rule()).isEqualTo(rule);
    assertThat(c.ruleZh()).contains("L1").contains("逾期" + days + "天");
    assertThat(c.ruleEn()).contains("L1");
    assertThat(c.bankCurrent()).isEqualTo(FiveCategory.NORMAL);
  }

  @ParameterizedTest(name = "non-performing {0} of {1} + {0} -> current loan {2}")
  @CsvSource({
    // 100,000 of 1,100,000 = 9.09 %: the rule does not apply
    "100000, 1000000, NORMAL, CURRENT",
    // exactly 10 %: "more than 10 %" does not apply
    "100000, 900000, NORMAL, CURRENT",
    // 10.0001 %: all the debtor's debt is non-performing
    "111112, 1000000, SUBSTANDARD, DEBTOR_NON_PERFORMING",
    "500000, 500000, SUBSTANDARD, DEBTOR_NON_PERFORMING"
  })
  void liftsAllDebtToSubstandardWhenMoreThanTenPercentIsNonPerforming(
      long bad, long good, FiveCategory currentLoanBecomes, String currentLoanRule) {
    FiveCategoryRules.DebtorClass c =
        rules.classify(AS_OF, List.of(loan("BAD", bad, 120), loan("GOOD", good, 0)));

    FiveCategoryRules.LoanClass goodLoan =
        c.loans().stream().filter(l -> l.loanId().equals("GOOD")).findFirst().orElseThrow();
    assertThat(goodLoan.suggested()).isEqualTo(currentLoanBecomes);
    assertThat(goodLoan.rule()).isEqualTo(currentLoanRule);
    assertThat(c.suggested()).isEqualTo(FiveCategory.SUBSTANDARD);
    assertThat(c.rule()).isEqualTo("OVERDUE_90");
    if (currentLoanBecomes == FiveCategory.SUBSTANDARD) {
      assertThat(c.ruleZh()).contains("全部债务至少次级");
      assertThat(c.ruleEn()).contains("all of it is at least SUBSTANDARD");
    }
  }

  @ParameterizedTest(name = "restructured {0} -> {1}")
  @CsvSource({
    "2025-07-01, SUBSTANDARD, RESTRUCTURED",
    "2025-06-30, NORMAL, CURRENT",
    "2026-06-01, SUBSTANDARD, RESTRUCTURED"
  })
  void keepsARestructuredLoanSubstandardForAYear(
      LocalDate restructuredOn, FiveCategory expected, String rule) {
    FiveCategoryRules.DebtorClass c =
        rules.classify(
            AS_OF,
            List.of(loan("R1", 1_000_000, 0, LoanStatus.ACTIVE, Optional.of(restructuredOn))));

    assertThat(c.suggested()).isEqualTo(expected);
    assertThat(c.rule()).isEqualTo(rule);
  }

  @Test
  void observationLastsAtLeastTwoRepaymentPeriods() {
    FiveCategoryRules quarterly = new FiveCategoryRules(1, 91, 271, 361, 0.10, 0, 3);
    LoanView r = loan("R1", 1_000_000, 0, LoanStatus.ACTIVE, Optional.of(AS_OF.minusMonths(5)));

    assertThat(quarterly.classify(AS_OF, List.of(r)).suggested())
        .isEqualTo(FiveCategory.SUBSTANDARD);
    assertThat(quarterly.classify(AS_OF.plusMonths(1), List.of(r)).suggested())
        .isEqualTo(FiveCategory.NORMAL);
  }

  @Test
  void aDefaultedLoanIsAtLeastSubstandardAndRepaidLoansDoNotCount() {
    FiveCategoryRules.DebtorClass c =
        rules.classify(
            AS_OF,
            List.of(
                loan("D1", 1_000_000, 30, LoanStatus.DEFAULTED, Optional.empty()),
                loan("P1", 9_000_000, 400, LoanStatus.REPAID, Optional.empty())));

    assertThat(c.suggested()).isEqualTo(FiveCategory.SUBSTANDARD);
    assertThat(c.rule()).isEqualTo("DEFAULTED");
    assertThat(c.loans()).extracting(FiveCategoryRules.LoanClass::loanId).containsExactly("D1");
    assertThat(rules.classify(AS_OF, List.of()).rule()).isEqualTo("NO_LOAN");
  }

  @Test
  void refusesThresholdsThatDoNotRise() {
    assertThatThrownBy(() -> new FiveCategoryRules(1, 91, 91, 361, 0.1, 12, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must rise");
  }
}
