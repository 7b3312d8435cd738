package io.loanradar.core.synthetic;

/** Money in fen (1/100 yuan) as {@code long}, and its plain two-decimal text form. */
final class Money {

  private Money() {}

  static long yuan(double yuan) {
    return Math.round(yuan * 100.0);
  }

  static void append(StringBuilder b, long cents) {
    if (cents < 0) {
      b.append('-');
      cents = -cents;
    }
    b.append(cents / 100).append('.');
    long frac = cents % 100;
    if (frac < 10) {
      b.append('0');
    }
    b.append(frac);
  }

  static String text(long cents) {
    StringBuilder b = new StringBuilder(16);
    append(b, cents);
    return b.toString();
  }

  /** Renders an amount as 万元 or 亿元 for Chinese titles, e.g. {@code 1.2亿元}. */
  static String chinese(long cents) {
    double yuan = cents / 100.0;
    if (yuan >= 1e8) {
      return oneDecimal(yuan / 1e8) + "亿元";
    }
    return Math.max(1, Math.round(yuan / 1e4)) + "万元";
  }

  private static String oneDecimal(double v) {
    long tenths = Math.round(v * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
  }
}
