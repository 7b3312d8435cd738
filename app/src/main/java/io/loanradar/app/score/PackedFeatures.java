package io.loanradar.app.score;

import io.loanradar.core.feature.FeatureDefinition;
import io.loanradar.core.feature.FeatureNames;
import io.loanradar.core.feature.Features;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Features packed into one {@code double} per name the engine computes ({@link
 * FeatureNames#definitions()}), {@code NaN} where a feature is missing (a present feature is always
 * finite). A run of {@code score} keeps every enterprise's features until the industry percentiles
 * are known; packed, they take about a tenth of the heap of a {@link Features} map, and unpack to
 * equal features.
 */
final class PackedFeatures {

  private static final List<String> NAMES =
      FeatureNames.definitions().stream().map(FeatureDefinition::name).toList();

  private static final Map<String, Integer> INDEX = index();

  private PackedFeatures() {}

  private static Map<String, Integer> index() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < NAMES.size(); i++) {
      index.put(NAMES.get(i), i);
    }
    return Map.copyOf(index);
  }

  /**
   * @throws IllegalStateException when a feature has a name {@link FeatureNames} does not define
   */
  static double[] pack(Features features) {
    double[] values = new double[NAMES.size()];
    Arrays.fill(values, Double.NaN);
    features
        .asMap()
        .forEach(
            (name, value) -> {
              Integer i = INDEX.get(name);
              if (i == null) {
                throw new IllegalStateException("feature " + name + " is not in FeatureNames");
              }
              values[i] = value;
            });
    return values;
  }

  static Features unpack(double[] values) {
    Map<String, Double> present = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        present.put(NAMES.get(i), values[i]);
      }
    }
    return Features.of(present);
  }
}
