package io.loanradar.core.warning;

import io.loanradar.core.credit.FiveCategory;
import io.loanradar.core.credit.LoanStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 五级分类 — the suggested five-category class per debtor under the 2023 rules (商业银行金融资产风险分类办法):
 * overdue thresholds per loan, at least SUBSTANDARD for a restructured loan during its observation
 * period and for a loan in default, and the debtor-level rule that when more than the
 * non-performing share of a debtor's debt here is non-performing, all of it is.
 *
 * @param specialMentionFrom overdue days from which a loan is at least SPECIAL_MENTION (1)
 * @param substandardFrom overdue days from which at least SUBSTANDARD (91: "more than 90")
 * @param doubtfulFrom overdue days from which at least DOUBTFUL (271)
 * @param lossFrom overdue days from which LOSS (361)
 * @param nonPerformingShare the share of debt that, when exceeded, makes all of it non-performing
 *     (0.10)
 * @param observationMonths least months a restructured loan stays at least SUBSTANDARD (12)
 * @param repaymentPeriodMonths months of one repayment period; the observation also lasts at least
 *     two of them (1)
 */
public record FiveCategoryRules(
    long specialMentionFrom,
    long substandardFrom,
    long doubtfulFrom,
    long lossFrom,
    double nonPerformingShare,
    int observationMonths,
    int repaymentPeriodMonths) {

  /**
   * @throws IllegalArgumentException when the thresholds do not rise from 1 or a share or period is
   *     out of range
   */
  public FiveCategoryRules {
    if (specialMentionFrom < 1
        || substandardFrom <= specialMentionFrom
        || doubtfulFrom <= substandardFrom
        || lossFrom <= doubtfulFrom) {
      throw new IllegalArgumentException(
          "five-category overdue thresholds must rise from 1: "
              + List.of(specialMentionFrom, substandardFrom, doubtfulFrom, lossFrom));
    }
    if (!(nonPerformingShare >= 0 && nonPerformingShare < 1)) {
      throw new IllegalArgumentException(
          "five-category non-performing share must be in [0, 1): " + nonPerformingShare);
    }
    if (observationMonths < 0 || repaymentPeriodMonths < 1) {
      throw new IllegalArgumentException(
          "five-category restructuring observation months must be >= 0 and period >= 1");
    }
  }

  /** The 2023 rules as domain-rules.md states them. */
  public static FiveCategoryRules defaults() {
    return new FiveCategoryRules(1, 91, 271, 361, 0.10, 12, 1);
  }

  /**
   * The suggested class of one loan of this bank and the rule that set it.
   *
   * @param loanId the loan
   * @param outstanding its balance, CNY yuan
   * @param bankCategory the bank's current class
   * @param suggested the suggested class
   * @param rule the code of the rule that set it (see {@link DebtorClass#rule()})
   */
  public record LoanClass(
      String loanId,
      BigDecimal outstanding,
      FiveCategory bankCategory,
      FiveCategory suggested,
      String rule) {}

  /**
   * The suggested class of a debtor.
   *
   * @param suggested its worst suggested loan class; NORMAL with no open loan here
   * @param bankCurrent the bank's current worst class of its open loans
   * @param rule the rule that set it: {@code NO_LOAN}, {@code CURRENT}, {@code OVERDUE}, {@code
   *     OVERDUE_90}, {@code OVERDUE_270}, {@code OVERDUE_360}, {@code DEFAULTED}, {@code
   *     RESTRUCTURED}, {@code DEBTOR_NON_PERFORMING}
   * @param ruleZh the rule and its facts, in Chinese
   * @param ruleEn the same in English
   * @param nonPerformingShare the share of its debt here that is non-performing before the debtor
   *     rule
   * @param loans its open loans
   */
  public record DebtorClass(
      FiveCategory suggested,
      FiveCategory bankCurrent,
      String rule,
      String ruleZh,
      String ruleEn,
      double nonPerformingShare,
      List<LoanClass> loans) {

    /** Copies the loans. */
    public DebtorClass {
      loans = List.copyOf(loans);
    }
  }

  /** Classifies a debtor from its loans here as they stood on the as-of date. */
  public DebtorClass classify(LocalDate asOf, List<LoanView> loans) {
    List<LoanView> open =
        loans.stream()
            .filter(l -> l.status() == LoanStatus.ACTIVE || l.status() == LoanStatus.DEFAULTED)
            .toList();
    if (open.isEmpty()) {
      return new DebtorClass(
          FiveCategory.NORMAL,
          FiveCategory.NORMAL,
          "NO_LOAN",
          "本行无未结清贷款",
          "no open loan here",
          0,
          List.of());
    }
    List<LoanClass> classes = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal bad = BigDecimal.ZERO;
    for (LoanView l : open) {
      LoanClass c = loanClass(asOf, l);
      classes.add(c);
      total = total.add(l.outstanding());
      if (c.suggested().compareTo(FiveCategory.SUBSTANDARD) >= 0) {
        bad = bad.add(l.outstanding());
      }
    }
    double share =
        total.signum() == 0 ? 0 : bad.divide(total, 6, RoundingMode.HALF_UP).doubleValue();
    boolean lift = share > nonPerformingShare;
    if (lift) {
      classes.replaceAll(
          c ->
              c.suggested().compareTo(FiveCategory.SUBSTANDARD) < 0
                  ? new LoanClass(
                      c.loanId(),
                      c.outstanding(),
                      c.bankCategory(),
                      FiveCategory.SUBSTANDARD,
                      "DEBTOR_NON_PERFORMING")
                  : c);
    }
    LoanClass worst =
        classes.stream()
            .max(
                Comparator.comparing(LoanClass::suggested)
                    .thenComparing(c -> !c.rule().equals("DEBTOR_NON_PERFORMING"))
                    .thenComparing(LoanClass::loanId, Comparator.reverseOrder()))
            .orElseThrow();
    FiveCategory bank =
        open.stream().map(LoanView::bankCategory).max(Comparator.naturalOrder()).orElseThrow();
    LoanView worstLoan =
        open.stream().filter(l -> l.loanId().equals(worst.loanId())).findFirst().orElseThrow();
    String zh = explainZh(worst, worstLoan);
    String en = explainEn(worst, worstLoan);
    if (lift) {
      zh += ";不良贷款占本行债务" + Facts.pct(share) + ",超过" + Facts.pct(nonPerformingShare) + ",全部债务至少次级";
      en +=
          "; non-performing loans are "
              + Facts.pct(share)
              + " of its debt here, above "
              + Facts.pct(nonPerformingShare)
              + ", so all of it is at least SUBSTANDARD";
    }
    return new DebtorClass(worst.suggested(), bank, worst.rule(), zh, en, share, classes);
  }

  private LoanClass loanClass(LocalDate asOf, LoanView l) {
    long d = l.overdueDays();
    FiveCategory c = FiveCategory.NORMAL;
    String rule = "CURRENT";
    if (d >= lossFrom) {
      c = FiveCategory.LOSS;
      rule = "OVERDUE_360";
    } else if (d >= doubtfulFrom) {
      c = FiveCategory.DOUBTFUL;
      rule = "OVERDUE_270";
    } else if (d >= substandardFrom) {
      c = FiveCategory.SUBSTANDARD;
      rule = "OVERDUE_90";
    } else if (d >= specialMentionFrom) {
      c = FiveCategory.SPECIAL_MENTION;
      rule = "OVERDUE";
    }
    if (c.compareTo(FiveCategory.SUBSTANDARD) < 0) {
      if (l.status() == LoanStatus.DEFAULTED) {
        c = FiveCategory.SUBSTANDARD;
        rule = "DEFAULTED";
      } else if (inObservation(asOf, l.restructuredOn())) {
        c = FiveCategory.SUBSTANDARD;
        rule = "RESTRUCTURED";
      }
    }
    return new LoanClass(l.loanId(), l.outstanding(), l.bankCategory(), c, rule);
  }

  private boolean inObservation(LocalDate asOf, Optional<LocalDate> restructuredOn) {
    int months = Math.max(observationMonths, 2 * repaymentPeriodMonths);
    return restructuredOn.map(on -> asOf.isBefore(on.plusMonths(months))).orElse(false);
  }

  private String explainZh(LoanClass c, LoanView l) {
    String base = "贷款" + l.loanId() + "(逾期" + l.overdueDays() + "天)";
    return switchRule(
        c.rule(),
        base + "正常还款",
        base + "有逾期,至少关注",
        base + "逾期超过" + (substandardFrom - 1) + "天,至少次级",
        base + "逾期超过" + (doubtfulFrom - 1) + "天,至少可疑",
        base + "逾期超过" + (lossFrom - 1) + "天,损失",
        base + "已违约,至少次级",
        base + "于" + l.restructuredOn().map(LocalDate::toString).orElse("") + "重组,观察期内至少次级",
        base);
  }

  private String explainEn(LoanClass c, LoanView l) {
    String base = "loan " + l.loanId() + " (" + l.overdueDays() + " days overdue)";
    return switchRule(
        c.rule(),
        base + " is current",
        base + " is overdue: at least SPECIAL_MENTION",
        base + " is more than " + (substandardFrom - 1) + " days overdue: at least SUBSTANDARD",
        base + " is more than " + (doubtfulFrom - 1) + " days overdue: at least DOUBTFUL",
        base + " is more than " + (lossFrom - 1) + " days overdue: LOSS",
        base + " is in default: at least SUBSTANDARD",
        base
            + " was restructured on "
            + l.restructuredOn().map(LocalDate::toString).orElse("")
            + ": at least SUBSTANDARD during the observation period",
        base);
  }

  private static String switchRule(
      String rule,
      String current,
      String overdue,
      String o90,
      String o270,
      String o360,
      String defaulted,
      String restructured,
      String other) {
    switch (rule) {
      case "CURRENT":
        return current;
      case "OVERDUE":
        return overdue;
      case "OVERDUE_90":
        return o90;
      case "OVERDUE_270":
        return o270;
      case "OVERDUE_360":
        return o360;
      case "DEFAULTED":
        return defaulted;
      case "RESTRUCTURED":
        return restructured;
      default:
        return other;
    }
  }
}
