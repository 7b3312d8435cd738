package io.loanradar.model.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DiscriminationTest {

  @Test
  void aucKsAndGiniMatchHandComputedValues() {
    // ascending: 0.10 good, 0.35 bad, 0.40 good, 0.80 bad
    // pairs (bad > good): 0.35>0.10, 0.80>0.10, 0.80>0.40 = 3 of 4 -> AUC 0.75
    // CDF gaps after each step: 0.5, 0, 0.5, 0 -> KS 0.5
    Discrimination d =
        Discrimination.of(new double[] {0.1, 0.4, 0.35, 0.8}, new int[] {0, 0, 1, 1});
    assertThat(d.auc()).isCloseTo(0.75, within(1e-12));
    assertThat(d.ks()).isCloseTo(0.5, within(1e-12));
    assertThat(d.gini()).isCloseTo(0.5, within(1e-12));
    assertThat(d.rows()).isEqualTo(4);
    assertThat(d.bads()).isEqualTo(2);
  }

  @Test
  void tiesCountHalfAndDoNotOpenAKsGap() {
    Discrimination d = Discrimination.of(new double[] {0.5, 0.5, 0.9}, new int[] {0, 1, 1});
    // pairs: (0.5 bad vs 0.5 good) = 0.5, (0.9 vs 0.5) = 1 -> 1.5 / 2
    assertThat(d.auc()).isCloseTo(0.75, within(1e-12));
    // after the tied group: bad 1/2, good 1/1 -> 0.5
    assertThat(d.ks()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void aPerfectRankingScoresOneAndAReversedOneZero() {
    int[] y = {0, 0, 1, 1};
    assertThat(Discrimination.of(new double[] {1, 2, 3, 4}, y).auc()).isEqualTo(1.0);
    assertThat(Discrimination.of(new double[] {1, 2, 3, 4}, y).ks()).isEqualTo(1.0);
    assertThat(Discrimination.of(new double[] {4, 3, 2, 1}, y).auc()).isEqualTo(0.0);
  }

  @Test
  void refusesASampleWithoutBads() {
    assertThatThrownBy(() -> Discrimination.of(new double[] {0.1, 0.2}, new int[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 bads");
  }
}
