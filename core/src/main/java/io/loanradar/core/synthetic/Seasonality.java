package io.loanradar.core.synthetic;

/**
 * Monthly sales shapes by kind of business, each averaging 1 over the year: retail peaks before
 * Spring Festival and Double-11, agriculture at harvest, construction idles in Jan–Feb, cooling and
 * beverages sell in summer.
 */
enum Seasonality {
  FLAT(1.0, 0.85, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.05, 1.1),
  MANUFACTURING(1.0, 0.7, 1.0, 1.02, 1.02, 1.05, 0.98, 0.98, 1.05, 1.0, 1.08, 1.12),
  RETAIL(1.35, 1.15, 0.85, 0.85, 0.9, 0.95, 0.9, 0.9, 0.95, 1.0, 1.4, 1.2),
  HARVEST(0.7, 0.6, 0.7, 0.75, 0.8, 0.9, 0.95, 1.0, 1.6, 1.75, 1.25, 1.0),
  CONSTRUCTION(0.55, 0.45, 0.9, 1.05, 1.1, 1.15, 1.05, 1.05, 1.1, 1.1, 1.2, 1.3),
  SUMMER(0.7, 0.65, 0.8, 0.95, 1.15, 1.45, 1.55, 1.45, 1.05, 0.8, 0.7, 0.75);

  private final double[] factors;

  Seasonality(double... raw) {
    double sum = 0;
    for (double v : raw) {
      sum += v;
    }
    factors = new double[12];
    for (int i = 0; i < 12; i++) {
      factors[i] = raw[i] * 12 / sum;
    }
  }

  /** Factor for a month, 1 = January. */
  double factor(int month) {
    return factors[month - 1];
  }

  /** The month (1–12) with the highest factor. */
  int peakMonth() {
    int best = 1;
    for (int m = 2; m <= 12; m++) {
      if (factors[m - 1] > factors[best - 1]) {
        best = m;
      }
    }
    return best;
  }

  boolean seasonal() {
    return this != FLAT && this != MANUFACTURING;
  }
}
