package io.loanradar.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ScorecardConfigProperties {

  private static final String DEFAULT = ScorecardConfig.defaultYaml();
  private static final String WEIGHTS =
      """
      weights:
        size: 20
        industry_position: 15
        credit: 25
        growth: 20
        relationship: 10
        leverage: 10
      """;

  private static String withWeights(List<Integer> w) {
    String weights =
        String.format(
            """
            weights:
              size: %d
              industry_position: %d
              credit: %d
              growth: %d
              relationship: %d
              leverage: %d
            """,
            w.toArray());
    return DEFAULT.replace(WEIGHTS, weights);
  }

  @Property(tries = 300)
  void weightsAreAcceptedExactlyWhenTheySumToOneHundred(
      @ForAll @Size(6) List<@IntRange(min = 0, max = 40) Integer> weights) {
    String yaml = withWeights(weights);
    int sum = weights.stream().mapToInt(Integer::intValue).sum();

    if (sum == 100) {
      assertThat(ScorecardConfig.parse(yaml).weights().get(Factor.CREDIT))
          .isEqualTo((double) weights.get(2));
    } else {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ScorecardConfig.parse(yaml))
          .withMessageContaining("sum to " + (double) sum);
    }
  }
}
