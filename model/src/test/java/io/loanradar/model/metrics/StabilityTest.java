package io.loanradar.model.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StabilityTest {

  static final double[] EXPECTED = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

  @Test
  void psiMatchesTheHandComputedSumWithAnEmptyBinFloored() {
    // deciles of 1..10 put one value in each bin (10% each); the actual sample has two 1s, no 2
    double[] actual = {1, 1, 3, 4, 5, 6, 7, 8, 9, 10};
    double expected = (0.2 - 0.1) * Math.log(0.2 / 0.1) + (1e-4 - 0.1) * Math.log(1e-4 / 0.1);
    Stability s = Stability.of(EXPECTED, actual);
    assertThat(s.psi()).isCloseTo(expected, within(1e-12));
    assertThat(s.psi()).isCloseTo(0.7594, within(1e-4));
    assertThat(s.flag()).isEqualTo(Stability.Flag.REDEVELOP);
    assertThat(s.bins()).hasSize(10);
    assertThat(s.bins().get(0).label()).isEqualTo("<= 1.0");
    assertThat(s.bins().get(9).label()).isEqualTo("> 9.0");
  }

  @Test
  void theSameDistributionIsStable() {
    Stability s = Stability.of(EXPECTED, EXPECTED.clone());
    assertThat(s.psi()).isZero();
    assertThat(s.flag()).isEqualTo(Stability.Flag.STABLE);
  }

  @Test
  void categoryCsiHasABinPerCategoryPlusUnseenAndMissing() {
    String[] expected = {"a", "a", "b", "b", "c", "c", "c", "c", null, null};
    String[] actual = {"a", "a", "a", "a", "b", "b", "c", "c", "d", null};
    // a .2→.4, b .2→.2, c .4→.2, unseen 0→.1 (expected floored), missing .2→.1
    double sum =
        (0.4 - 0.2) * Math.log(0.4 / 0.2)
            + (0.2 - 0.4) * Math.log(0.2 / 0.4)
            + (0.1 - 1e-4) * Math.log(0.1 / 1e-4)
            + (0.1 - 0.2) * Math.log(0.1 / 0.2);
    Stability s = Stability.ofCategories(expected, actual);
    assertThat(s.psi()).isCloseTo(sum, within(1e-12));
    assertThat(s.bins())
        .extracting(Stability.Bin::label)
        .containsExactly("a", "b", "c", "unseen", "missing");
  }

  @ParameterizedTest
  @CsvSource({
    "0.0,STABLE",
    "0.0999,STABLE",
    "0.1,INVESTIGATE",
    "0.25,INVESTIGATE",
    "0.2501,REDEVELOP"
  })
  void flagsAtTheTenAndTwentyFivePercentThresholds(double psi, Stability.Flag flag) {
    assertThat(Stability.Flag.of(psi)).isEqualTo(flag);
  }
}
