package io.loanradar.core.feature;

import java.util.Collections;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The features of one enterprise on one as-of date: finite numbers by name. A feature that could
 * not be computed is absent, never zero. Names are listed in {@link FeatureNames}.
 */
public final class Features {

  private final Map<String, Double> values;

  private Features(Map<String, Double> values) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  /**
   * Features from a map of values; absent names are missing.
   *
   * @throws IllegalArgumentException when a name is blank or a value is null, NaN or infinite
   */
  public static Features of(Map<String, Double> values) {
    values.forEach(
        (name, value) -> {
          if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("feature name is blank");
          }
          if (value == null || !Double.isFinite(value)) {
            throw new IllegalArgumentException("feature " + name + " is not finite: " + value);
          }
        });
    return new Features(values);
  }

  /** The value of a feature, empty when it is missing. */
  public OptionalDouble get(String name) {
    Double value = values.get(name);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** All present features, sorted by name, unmodifiable. */
  public Map<String, Double> asMap() {
    return values;
  }

  /** A copy with one feature set, replacing any earlier value. */
  public Features with(String name, double value) {
    Map<String, Double> copy = new TreeMap<>(values);
    copy.put(name, value);
    return of(copy);
  }

  /** A copy without the named feature. */
  public Features without(String name) {
    Map<String, Double> copy = new TreeMap<>(values);
    copy.remove(name);
    return new Features(copy);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Features f && f.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Features" + values;
  }
}
