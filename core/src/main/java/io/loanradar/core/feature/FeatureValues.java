package io.loanradar.core.feature;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Collects computed features; a missing or non-finite value is simply not recorded. */
final class FeatureValues {

  private final Map<String, Double> values = new TreeMap<>();

  void put(String name, OptionalDouble value) {
    value.ifPresent(v -> put(name, v));
  }

  void put(String name, double value) {
    if (Double.isFinite(value)) {
      values.put(name, value);
    }
  }

  Features toFeatures() {
    return Features.of(values);
  }

  /** {@code numerator / denominator}, empty when either is missing or the denominator is 0. */
  static OptionalDouble ratio(OptionalDouble numerator, OptionalDouble denominator) {
    if (numerator.isEmpty() || denominator.isEmpty() || denominator.getAsDouble() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(numerator.getAsDouble() / denominator.getAsDouble());
  }

  /** Growth {@code (now − before) / |before|}, empty when either is missing or before is 0. */
  static OptionalDouble growth(OptionalDouble now, OptionalDouble before) {
    if (now.isEmpty() || before.isEmpty() || before.getAsDouble() == 0) {
      return OptionalDouble.empty();
    }
    double b = before.getAsDouble();
    return OptionalDouble.of((now.getAsDouble() - b) / Math.abs(b));
  }
}
