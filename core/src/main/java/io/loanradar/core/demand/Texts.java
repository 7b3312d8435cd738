package io.loanradar.core.demand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Locale;

/** Amounts and numbers as people read them in evidence. */
final class Texts {

  private Texts() {}

  /** {@code 1234.56万元}. */
  static String wan(BigDecimal yuan) {
    return yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP).toPlainString() + "万元";
  }

  /** {@code CNY 12,345,678}. */
  static String cny(BigDecimal yuan) {
    return String.format(
        Locale.ROOT, "CNY %,d", yuan.setScale(0, RoundingMode.HALF_UP).toBigInteger());
  }

  /** {@code 35%}. */
  static String pct(double ratio) {
    return Math.round(ratio * 100) + "%";
  }

  static String one(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static double ratio(BigDecimal a, BigDecimal b) {
    return b.signum() == 0 ? Double.NaN : a.doubleValue() / b.doubleValue();
  }

  /** The mean of some amounts, CNY yuan to the fen; at least one amount. */
  static BigDecimal average(Collection<BigDecimal> yuan) {
    return yuan.stream()
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(yuan.size()), 2, RoundingMode.HALF_UP);
  }
}
