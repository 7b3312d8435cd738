package io.loanradar.core.scorecard;

import java.util.List;

/**
 * A step function from one feature to 0–100 points: a value at or above {@code thresholds[i]} (and
 * below the next) scores {@code points[i]}; a value below the first threshold scores {@code below}.
 *
 * @param feature the feature name
 * @param weight its weight within the factor, &gt; 0
 * @param higherIsBetter whether points rise with the value (else they fall)
 * @param below points below the first threshold
 * @param thresholds strictly ascending
 * @param points one per threshold, 0–100, monotonic in the stated direction
 */
public record Bins(
    String feature,
    double weight,
    boolean higherIsBetter,
    double below,
    List<Double> thresholds,
    List<Double> points) {

  /**
   * Checks the table.
   *
   * @throws IllegalArgumentException naming the feature and what is wrong
   */
  public Bins {
    thresholds = List.copyOf(thresholds);
    points = List.copyOf(points);
    if (thresholds.isEmpty() || thresholds.size() != points.size()) {
      throw problem(feature, "needs one points value per threshold, at least one");
    }
    if (!(weight > 0)) {
      throw problem(feature, "weight must be above 0, not " + weight);
    }
    double previous = below;
    for (int i = 0; i < thresholds.size(); i++) {
      if (i > 0 && !(thresholds.get(i) > thresholds.get(i - 1))) {
        throw problem(feature, "thresholds must be strictly ascending at " + thresholds.get(i));
      }
      double p = points.get(i);
      if (p < 0 || p > 100 || below < 0 || below > 100) {
        throw problem(feature, "points must lie within 0-100");
      }
      if (higherIsBetter ? p < previous : p > previous) {
        throw problem(
            feature,
            "points must not "
                + (higherIsBetter ? "fall" : "rise")
                + " as the value rises (at "
                + thresholds.get(i)
                + ")");
      }
      previous = p;
    }
  }

  private static IllegalArgumentException problem(String feature, String what) {
    return new IllegalArgumentException("bins of " + feature + ": " + what);
  }

  /** The points a value scores. */
  public double score(double value) {
    double result = below;
    for (int i = 0; i < thresholds.size() && value >= thresholds.get(i); i++) {
      result = points.get(i);
    }
    return result;
  }
}
