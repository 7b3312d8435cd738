package io.loanradar.core.feature;

import java.util.Arrays;

/** Small statistics over arrays of numbers. */
final class Stats {

  private Stats() {}

  static double mean(double[] values) {
    return Arrays.stream(values).average().orElse(Double.NaN);
  }

  /** Population standard deviation. */
  static double standardDeviation(double[] values) {
    double mean = mean(values);
    double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
    return Math.sqrt(squares / values.length);
  }

  /** Least-squares slope of the values against their index 0, 1, 2 … */
  static double slope(double[] values) {
    int n = values.length;
    double meanX = (n - 1) / 2.0;
    double meanY = mean(values);
    double covariance = 0;
    double variance = 0;
    for (int i = 0; i < n; i++) {
      covariance += (i - meanX) * (values[i] - meanY);
      variance += (i - meanX) * (i - meanX);
    }
    return variance == 0 ? 0 : covariance / variance;
  }

  /** Median of the values, the mean of the middle two for an even count. */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
