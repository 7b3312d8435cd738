package io.loanradar.model.metrics;

import java.util.Arrays;
import java.util.Comparator;

/**
 * How well a risk score separates bads from goods. The score is "higher = riskier" (a probability
 * of bad); for a points score where higher is safer, pass its negation.
 *
 * @param rows rows measured
 * @param bads rows whose label is bad
 * @param auc area under the ROC curve: the chance that a random bad scores above a random good,
 *     ties counting half
 * @param ks Kolmogorov–Smirnov statistic, max |CDF_bad − CDF_good| over score thresholds
 * @param gini 2 × AUC − 1
 */
public record Discrimination(int rows, int bads, double auc, double ks, double gini) {

  /**
   * Measures a score against labels (1 = bad).
   *
   * @throws IllegalArgumentException when the lengths differ or one class is absent
   */
  public static Discrimination of(double[] risk, int[] label) {
    if (risk.length != label.length) {
      throw new IllegalArgumentException(
          "scores and labels differ in length: " + risk.length + " vs " + label.length);
    }
    int bads = 0;
    for (int y : label) {
      bads += y;
    }
    int goods = label.length - bads;
    if (bads == 0 || goods == 0) {
      throw new IllegalArgumentException(
          "AUC and KS need both bads and goods; got " + bads + " bads and " + goods + " goods");
    }
    Integer[] order = order(risk);
    double rankSumBad = 0;
    double cumBad = 0;
    double cumGood = 0;
    double ks = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      int groupBad = 0;
      while (j < order.length && risk[order[j]] == risk[order[i]]) {
        groupBad += label[order[j]];
        j++;
      }
      double midRank = (i + 1 + j) / 2.0;
      rankSumBad += midRank * groupBad;
      cumBad += groupBad;
      cumGood += (j - i) - groupBad;
      ks = Math.max(ks, Math.abs(cumBad / bads - cumGood / goods));
      i = j;
    }
    double auc = (rankSumBad - bads * (bads + 1) / 2.0) / ((double) bads * goods);
    return new Discrimination(label.length, bads, auc, ks, 2 * auc - 1);
  }

  /** Row positions by ascending score. */
  static Integer[] order(double[] risk) {
    Integer[] order = new Integer[risk.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, Comparator.comparingDouble(k -> risk[k]));
    return order;
  }
}
