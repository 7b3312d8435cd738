package io.loanradar.app.dashboard;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Percentiles of durations by linear interpolation between the two nearest ranks (the method of
 * PostgreSQL's {@code percentile_cont}): for n sorted values and fraction p the rank is (n − 1)·p,
 * so the median of 1 h and 3 h is 2 h and the 90th percentile of 1 h … 10 h is 9.1 h.
 */
final class Percentiles {

  private Percentiles() {}

  /**
   * The p-th percentile, to the millisecond; null when there is no value.
   *
   * @param values the durations, in any order
   * @param p a fraction in [0, 1]
   */
  static Duration of(List<Duration> values, double p) {
    if (p < 0 || p > 1) {
      throw new IllegalArgumentException("percentile fraction must be in [0, 1]: " + p);
    }
    if (values.isEmpty()) {
      return null;
    }
    long[] millis = values.stream().mapToLong(Duration::toMillis).toArray();
    Arrays.sort(millis);
    double rank = (millis.length - 1) * p;
    int low = (int) Math.floor(rank);
    int high = Math.min(low + 1, millis.length - 1);
    double value = millis[low] + (rank - low) * (millis[high] - millis[low]);
    return Duration.ofMillis(Math.round(value));
  }
}
