package io.loanradar.app.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Formats yuan amounts the way Chinese bankers read them: 万元 with grouping, or 亿元 when large. */
@Component("amounts")
public class Amounts {

  private static final BigDecimal YI = new BigDecimal("100000000");

  /** {@code 12345678.9} → {@code 1,234.57万元}; {@code 2.5e9} → {@code 25.00亿元}; null → {@code —}. */
  public String wan(BigDecimal yuan) {
    if (yuan == null) {
      return "—";
    }
    if (yuan.abs().compareTo(YI) >= 0) {
      return format(yuan.divide(YI, 2, RoundingMode.HALF_UP)) + "亿元";
    }
    return format(yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP)) + "万元";
  }

  /** {@code 0.0385} → {@code 3.85%}; null → {@code —}. */
  public String percent(BigDecimal fraction) {
    if (fraction == null) {
      return "—";
    }
    return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  private static String format(BigDecimal value) {
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(value);
  }
}
