package io.loanradar.model.scorecard;

import io.loanradar.model.data.Feature;
import java.util.List;

/**
 * A characteristic of the scorecard: a feature, its bins, its information value and its coefficient
 * in the logistic regression on WOE values.
 *
 * @param feature the column
 * @param bins its bins, ranges or category groups first, then special, then missing
 * @param iv information value, Σ (%bad − %good) × WOE
 * @param coefficient slope on the WOE value (positive: a higher WOE is riskier, as it should be)
 */
public record Characteristic(Feature feature, List<Bin> bins, double iv, double coefficient) {

  public Characteristic {
    bins = List.copyOf(bins);
  }

  /** IV reading: useless, weak, medium, strong, or suspicious (possible leakage). */
  public static String strength(double iv) {
    if (iv < 0.02) {
      return "useless";
    }
    if (iv < 0.1) {
      return "weak";
    }
    if (iv < 0.3) {
      return "medium";
    }
    return iv <= 0.5 ? "strong" : "suspicious";
  }

  Characteristic withCoefficient(double beta) {
    return new Characteristic(feature, bins, iv, beta);
  }

  /** The bin of a number (NaN = missing); −1 when no bin holds it. */
  int binOf(double x) {
    for (int b = 0; b < bins.size(); b++) {
      Bin bin = bins.get(b);
      if (Double.isNaN(x) ? bin.kind() == Bin.Kind.MISSING : holds(bin, x)) {
        return b;
      }
    }
    return -1;
  }

  /** The bin of a category ({@code null} = missing); −1 when the category was not seen. */
  int binOf(String x) {
    for (int b = 0; b < bins.size(); b++) {
      Bin bin = bins.get(b);
      if (x == null
          ? bin.kind() == Bin.Kind.MISSING
          : bin.kind() == Bin.Kind.CATEGORIES && bin.categories().contains(x)) {
        return b;
      }
    }
    return -1;
  }

  private static boolean holds(Bin bin, double x) {
    if (bin.kind() == Bin.Kind.SPECIAL) {
      return bin.categories().contains(Bin.number(x));
    }
    return bin.holds(x);
  }

  /** WOE of a bin, 0 (neutral) for −1. */
  double woe(int bin) {
    return bin < 0 ? 0 : bins.get(bin).woe();
  }
}
