package io.loanradar.app.product;

import static org.assertj.core.api.Assertions.assertThat;

import io.loanradar.core.product.RuleOutcome;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CelEligibilityTest {

  final CelEligibility cel = new CelEligibility();
  final Map<String, Object> customer =
      Map.of(
          "grade", "B",
          "debt_ratio", 0.62,
          "max_overdue_days", 0.0,
          "employees", 45.0,
          "established_years", 7.5,
          "industry", "C3484");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "grade in ['A','B'] && debt_ratio < 0.7 | true",
        "grade == 'A' | false",
        "max_overdue_days == 0 && employees >= 10 | true",
        "established_years >= 3 && industry.startsWith('C34') | true",
        "has(features.debt_ratio) && !has(features.current_ratio) | true"
      })
  void evaluatesRulesOverFeaturesAndProfile(String rule, boolean expected) {
    RuleOutcome outcome = cel.evaluate("P1", rule, customer);
    assertThat(outcome)
        .isInstanceOf(expected ? RuleOutcome.Passed.class : RuleOutcome.Failed.class);
  }

  @Test
  void reportsASyntaxErrorWithLineAndColumn() {
    RuleOutcome outcome = cel.evaluate("P1", "grade in ['A',\n  && debt_ratio < 0.7", customer);
    assertThat(outcome).isInstanceOf(RuleOutcome.Broken.class);
    assertThat(((RuleOutcome.Broken) outcome).message())
        .startsWith("P1: ")
        .containsPattern("2:\\d+");
    assertThat(cel.check("grade in ['A','B']")).isEmpty();
    assertThat(cel.check("revenue > 1")).get().asString().contains("revenue");
    assertThat(cel.check("no_such_feature > 1")).isPresent();
  }

  @Test
  void aRuleReadingAMissingFeatureIsReportedNotFatal() {
    RuleOutcome outcome = cel.evaluate("P2", "current_ratio >= 1.0", customer);
    assertThat(outcome).isInstanceOf(RuleOutcome.Broken.class);
    assertThat(((RuleOutcome.Broken) outcome).message()).contains("P2", "missing");
  }

  @Test
  void aRuleThatIsNotTrueOrFalseIsReported() {
    assertThat(cel.check("grade + 1")).isPresent();
    assertThat(cel.evaluate("P3", "debt_ratio + 1.0", customer))
        .isInstanceOf(RuleOutcome.Broken.class);
  }

  @Test
  void rulesTypedOverAndOverDoNotGrowTheCacheWithoutBound() {
    for (int i = 0; i < CelEligibility.CACHE_LIMIT + 50; i++) {
      assertThat(cel.check("debt_ratio < " + i + " &&")).isPresent();
    }
    assertThat(cel.cached()).isBetween(1, CelEligibility.CACHE_LIMIT);
    assertThat(cel.check("grade in ['A','B']")).isEmpty();
  }
}
