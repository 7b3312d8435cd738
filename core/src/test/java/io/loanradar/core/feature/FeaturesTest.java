package io.loanradar.core.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FeaturesTest {

  @Test
  void refusesValuesThatAreNotFinite() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Features.of(Map.of("roa", Double.NaN)))
        .withMessageContaining("roa");
  }

  @Test
  void keepsMissingFeaturesMissingAcrossCopies() {
    Features f = Features.of(Map.of("roa", 0.1)).with("debt_ratio", 0.5).without("roa");

    assertThat(f.get("roa")).isEmpty();
    assertThat(f.get("debt_ratio")).hasValue(0.5);
    assertThat(f.asMap()).containsOnlyKeys("debt_ratio");
  }
}
