package io.loanradar.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.loanradar.core.scorecard.ScorecardValidation.GradeBadRate;
import io.loanradar.core.scorecard.ScorecardValidation.GradedOutcome;
import io.loanradar.core.scorecard.ScorecardValidation.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorecardValidationTest {

  /** Goods and bads as space-separated scores. */
  private static List<Outcome> outcomes(String goods, String bads) {
    List<Outcome> list = new ArrayList<>();
    for (String g : goods.split(" ")) {
      list.add(new Outcome(Double.parseDouble(g), false));
    }
    for (String b : bads.split(" ")) {
      list.add(new Outcome(Double.parseDouble(b), true));
    }
    return list;
  }

  @ParameterizedTest
  @CsvSource({
    "3 4, 1 2, 1.0, 1.0",
    "2 3, 1 2, 0.875, 0.5",
    "1, 2, 0.0, 1.0",
    "5 5, 5, 0.5, 0.0",
    "10 20 30 40, 15 25, 0.625, 0.5"
  })
  void computesAucWithTiesAndKsOnHandWorkedExamples(
      String goods, String bads, double auc, double ks) {
    List<Outcome> list = outcomes(goods, bads);

    assertThat(ScorecardValidation.auc(list).getAsDouble()).isCloseTo(auc, within(1e-12));
    assertThat(ScorecardValidation.ks(list).getAsDouble()).isCloseTo(ks, within(1e-12));
  }

  @Test
  void hasNoAucOrKsWithoutBothGoodsAndBads() {
    List<Outcome> onlyGood = List.of(new Outcome(1, false), new Outcome(2, false));

    assertThat(ScorecardValidation.auc(onlyGood)).isEmpty();
    assertThat(ScorecardValidation.ks(List.of())).isEmpty();
  }

  @Test
  void countsBadRateByGradeInGradeOrder() {
    List<GradedOutcome> outcomes =
        List.of(
            new GradedOutcome(Grade.C, true),
            new GradedOutcome(Grade.A, false),
            new GradedOutcome(Grade.B, true),
            new GradedOutcome(Grade.A, false),
            new GradedOutcome(Grade.B, false),
            new GradedOutcome(Grade.A, false));

    var rates = ScorecardValidation.badRateByGrade(outcomes);

    assertThat(rates.values())
        .containsExactly(
            new GradeBadRate(Grade.A, 3, 0),
            new GradeBadRate(Grade.B, 2, 1),
            new GradeBadRate(Grade.C, 1, 1));
    assertThat(rates.get(Grade.B).rate()).isEqualTo(0.5);
  }
}
