package io.loanradar.core.contract;

import java.math.BigDecimal;

/** Number parsing shared by the numeric column types. */
final class Numbers {

  private Numbers() {}

  /** Parses a plain decimal, accepting full-width digits and correct thousands grouping. */
  static Object decimal(String raw) {
    String text = Cells.halfWidth(raw);
    if (text.indexOf(',') >= 0) {
      if (!groupedCorrectly(text)) {
        return new Problem("千分位分隔符位置不对", "misplaced thousands separator");
      }
      text = text.replace(",", "");
    }
    if (!plainDecimal(text)) {
      return new Problem("不是数字", "not a number");
    }
    return new BigDecimal(text);
  }

  static String withoutGrouping(String text) {
    return text.indexOf(',') >= 0 && groupedCorrectly(text) ? text.replace(",", "") : text;
  }

  static Problem checkSign(BigDecimal value, ColumnType.Sign sign) {
    return switch (sign) {
      case ANY -> null;
      case NON_NEGATIVE -> value.signum() < 0 ? new Problem("不能为负数", "must not be negative") : null;
      case POSITIVE -> value.signum() <= 0 ? new Problem("必须大于零", "must be more than zero") : null;
    };
  }

  private static boolean plainDecimal(String t) {
    int i = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
    int digits = 0;
    boolean dot = false;
    for (; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        return false;
      }
    }
    return digits > 0 && digits <= 30;
  }

  private static boolean groupedCorrectly(String t) {
    int start = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
    int dot = t.indexOf('.');
    String whole = t.substring(start, dot < 0 ? t.length() : dot);
    String[] groups = whole.split(",", -1);
    if (groups[0].isEmpty() || groups[0].length() > 3) {
      return false;
    }
    for (int g = 1; g < groups.length; g++) {
      if (groups[g].length() != 3) {
        return false;
      }
    }
    return dot < 0 || t.indexOf(',', dot) < 0;
  }
}
