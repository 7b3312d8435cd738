package io.loanradar.app.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loanradar.core.feature.FeatureDefinition;
import io.loanradar.core.feature.FeatureNames;
import io.loanradar.core.feature.Features;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackedFeaturesTest {

  @Test
  void unpacksToEqualFeaturesWithMissingOnesStillMissing() {
    Features features =
        Features.of(
            Map.of(
                FeatureNames.REVENUE_12M,
                123_456_789.01,
                FeatureNames.DEBT_RATIO,
                0.1 + 0.2,
                FeatureNames.SUPPLIER_CONCENTRATION,
                0.0,
                FeatureNames.ROA,
                -Double.MIN_VALUE,
                FeatureNames.EMPLOYEES,
                Double.MAX_VALUE));

    Features back = PackedFeatures.unpack(PackedFeatures.pack(features));

    assertThat(back).isEqualTo(features);
    assertThat(back.get(FeatureNames.CURRENT_RATIO)).isEmpty();
    assertThat(back.get(FeatureNames.SUPPLIER_CONCENTRATION)).hasValue(0.0);
  }

  @Test
  void keepsEveryFeatureTheEngineDefines() {
    Map<String, Double> all = new LinkedHashMap<>();
    double v = 1;
    for (FeatureDefinition d : FeatureNames.definitions()) {
      all.put(d.name(), v++ / 7);
    }
    Features features = Features.of(all);

    assertThat(PackedFeatures.unpack(PackedFeatures.pack(features))).isEqualTo(features);
    assertThat(PackedFeatures.unpack(PackedFeatures.pack(Features.of(Map.of()))).asMap()).isEmpty();
  }

  @Test
  void refusesAFeatureNotInFeatureNamesRatherThanDropIt() {
    Features odd = Features.of(Map.of("not_a_feature", 1.0));

    assertThatThrownBy(() -> PackedFeatures.pack(odd))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not_a_feature");
  }
}
