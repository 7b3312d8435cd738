package io.loanradar.core.scorecard;

import java.util.Locale;

/** Number formats for reasons, fixed and locale-independent so that scores are reproducible. */
final class Texts {

  private static final double YI = 1e8;
  private static final double WAN = 1e4;
  private static final double BILLION = 1e9;
  private static final double MILLION = 1e6;

  private Texts() {}

  /** 1.2亿元, 350万元, 800元. */
  static String yuanZh(double yuan) {
    double abs = Math.abs(yuan);
    if (abs >= YI) {
      return String.format(Locale.ROOT, "%.2f亿元", yuan / YI);
    }
    if (abs >= WAN) {
      return String.format(Locale.ROOT, "%.0f万元", yuan / WAN);
    }
    return String.format(Locale.ROOT, "%.0f元", yuan);
  }

  /** CNY 1.20 bn, CNY 3.5 m, CNY 800. */
  static String yuanEn(double yuan) {
    double abs = Math.abs(yuan);
    if (abs >= BILLION) {
      return String.format(Locale.ROOT, "CNY %.2f bn", yuan / BILLION);
    }
    if (abs >= MILLION) {
      return String.format(Locale.ROOT, "CNY %.1f m", yuan / MILLION);
    }
    return String.format(Locale.ROOT, "CNY %.0f", yuan);
  }

  /** A ratio as a whole percentage of its absolute value: 0.384 → 38. */
  static long percent(double ratio) {
    return Math.round(Math.abs(ratio) * 100);
  }

  /** One decimal place. */
  static String oneDecimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** Points, without a fraction when whole. */
  static String points(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.1f", value);
  }
}
