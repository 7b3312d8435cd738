package io.loanradar.core.demand;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The thresholds the detectors use: the defaults of {@link Threshold}, some overridden. */
public final class TriggerConfig {

  private final Map<Threshold, Double> values;

  private TriggerConfig(Map<Threshold, Double> values) {
    this.values = values;
  }

  /** Every threshold at its default. */
  public static TriggerConfig defaults() {
    Map<Threshold, Double> values = new EnumMap<>(Threshold.class);
    for (Threshold t : Threshold.values()) {
      values.put(t, t.defaultValue());
    }
    return new TriggerConfig(values);
  }

  /**
   * The defaults with some thresholds overridden by key ({@code liquidity-min-points}).
   *
   * @throws IllegalArgumentException naming a key that is not a threshold (listing the known ones)
   *     or a value that is not a finite number
   */
  public static TriggerConfig of(Map<String, ? extends Number> overrides) {
    Map<String, Threshold> byKey =
        Arrays.stream(Threshold.values()).collect(Collectors.toMap(Threshold::key, t -> t));
    TriggerConfig config = defaults();
    overrides.forEach(
        (key, value) -> {
          Threshold t = byKey.get(key);
          if (t == null) {
            throw new IllegalArgumentException(
                "unknown demand threshold '" + key + "'; known: " + byKey.keySet());
          }
          if (value == null || !Double.isFinite(value.doubleValue())) {
            throw new IllegalArgumentException("demand threshold " + key + " is not a number");
          }
          config.values.put(t, value.doubleValue());
        });
    return config;
  }

  /** The value of a threshold. */
  public double get(Threshold threshold) {
    return values.get(threshold);
  }

  /** The value of a threshold as a whole number (counts, days). */
  public int whole(Threshold threshold) {
    return (int) Math.round(values.get(threshold));
  }
}
