package io.loanradar.model.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Lift and calibration by risk group: rows sorted from riskiest down and cut into groups of
 * (nearly) equal size.
 *
 * @param groups riskiest group first
 * @param rows rows measured
 * @param bads bads among them
 */
public record Deciles(List<Group> groups, int rows, int bads) {

  /**
   * One risk group.
   *
   * @param group 1 = riskiest
   * @param rows rows in the group
   * @param bads bads in the group
   * @param minRisk lowest predicted probability in the group
   * @param maxRisk highest predicted probability in the group
   * @param meanPredicted mean predicted probability (for calibration)
   * @param badRate observed bads / rows
   * @param lift bad rate over the overall bad rate
   * @param cumulativeCapture share of all bads in this and the riskier groups
   */
  public record Group(
      int group,
      int rows,
      int bads,
      double minRisk,
      double maxRisk,
      double meanPredicted,
      double badRate,
      double lift,
      double cumulativeCapture) {}

  public Deciles {
    groups = List.copyOf(groups);
  }

  /** Cuts the rows into {@code count} groups by descending predicted probability of bad. */
  public static Deciles of(double[] risk, int[] label, int count) {
    if (risk.length != label.length || risk.length == 0) {
      throw new IllegalArgumentException(
          "need as many labels as scores, and at least one row: "
              + risk.length
              + " vs "
              + label.length);
    }
    Integer[] ascending = Discrimination.order(risk);
    int n = risk.length;
    int totalBad = 0;
    for (int y : label) {
      totalBad += y;
    }
    double overall = (double) totalBad / n;
    int groups = Math.min(count, n);
    List<Group> out = new ArrayList<>();
    int cumBad = 0;
    for (int g = 0; g < groups; g++) {
      int from = (int) ((long) g * n / groups);
      int to = (int) ((long) (g + 1) * n / groups);
      int bad = 0;
      double sum = 0;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int k = from; k < to; k++) {
        int row = ascending[n - 1 - k];
        bad += label[row];
        sum += risk[row];
        min = Math.min(min, risk[row]);
        max = Math.max(max, risk[row]);
      }
      cumBad += bad;
      int size = to - from;
      double rate = (double) bad / size;
      out.add(
          new Group(
              g + 1,
              size,
              bad,
              min,
              max,
              sum / size,
              rate,
              overall == 0 ? 0 : rate / overall,
              totalBad == 0 ? 0 : (double) cumBad / totalBad));
    }
    return new Deciles(out, n, totalBad);
  }
}
