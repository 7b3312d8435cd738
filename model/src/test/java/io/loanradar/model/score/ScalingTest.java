package io.loanradar.model.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScalingTest {

  @Test
  void defaultsGiveSixHundredAtFiftyToOneAndTwentyPointsPerDoubling() {
    Scaling s = Scaling.DEFAULT;
    // B = 20 / ln 2 = 28.8539; A = 600 − B × ln 50 = 487.1229
    assertThat(s.factor()).isCloseTo(28.853901, within(1e-6));
    assertThat(s.offset()).isCloseTo(487.122876, within(1e-6));
    assertThat(s.scoreOfProbability(1.0 / 51)).isCloseTo(600, within(1e-9));
    assertThat(s.scoreOfProbability(1.0 / 101)).isCloseTo(620, within(1e-9));
    assertThat(s.scoreOfProbability(1.0 / 26)).isCloseTo(580, within(1e-9));
    assertThat(s.score(0)).isCloseTo(s.offset(), within(1e-12));
  }

  @Test
  void refusesNonPositiveOdds() {
    assertThatThrownBy(() -> new Scaling(600, 0, 20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("base odds");
  }
}
