package io.loanradar.core.contract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The contract's date formats: ISO, {@code YYYY/MM/DD}, {@code YYYYMMDD}, {@code YYYY年M月D日}. */
final class Dates {

  /** Timestamps without an offset are read in this zone; all are stored in it. */
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private Dates() {}

  static Optional<LocalDate> date(String t) {
    try {
      if (t.length() == 10
          && (t.charAt(4) == '-' || t.charAt(4) == '/')
          && t.charAt(7) == t.charAt(4)) {
        return of(t.substring(0, 4), t.substring(5, 7), t.substring(8, 10));
      }
      if (t.length() == 8 && asciiDigits(t)) {
        return of(t.substring(0, 4), t.substring(4, 6), t.substring(6, 8));
      }
      int y = t.indexOf('年');
      int m = t.indexOf('月');
      if (y == 4 && m > y + 1 && t.endsWith("日") && t.length() - 1 > m + 1) {
        return of(t.substring(0, y), t.substring(y + 1, m), t.substring(m + 1, t.length() - 1));
      }
    } catch (NumberFormatException | DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  static Optional<LocalDateTime> dateTime(String t) {
    if (t.length() <= 11) {
      return date(t).map(LocalDate::atStartOfDay);
    }
    if (t.length() == 19 && plainDateTime(t)) {
      try {
        return Optional.of(
            LocalDateTime.of(
                number(t, 0, 4),
                number(t, 5, 7),
                number(t, 8, 10),
                number(t, 11, 13),
                number(t, 14, 16),
                number(t, 17, 19)));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    String iso =
        t.indexOf('T') < 0 && t.length() > 10 && t.charAt(10) == ' '
            ? t.substring(0, 10) + 'T' + t.substring(11)
            : t;
    try {
      return Optional.of(LocalDateTime.parse(iso));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(OffsetDateTime.parse(iso).atZoneSameInstant(ZONE).toLocalDateTime());
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  static Optional<YearMonth> month(String t) {
    if (t.length() == 7
        && (t.charAt(4) == '-' || t.charAt(4) == '/')
        && asciiDigits(t.substring(0, 4))
        && asciiDigits(t.substring(5))) {
      try {
        return Optional.of(
            YearMonth.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5))));
      } catch (NumberFormatException | DateTimeException e) {
        return Optional.empty();
      }
    }
    if (t.length() == 6 && asciiDigits(t)) {
      try {
        return Optional.of(
            YearMonth.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4))));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  static Problem badDate() {
    return new Problem(
        "日期格式无法识别（可用 YYYY-MM-DD、YYYY/MM/DD、YYYYMMDD、YYYY年M月D日）或日期不存在",
        "not a valid date (use YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD or YYYY年M月D日)");
  }

  static Problem future(LocalDate today) {
    return new Problem("日期晚于导入日 " + today, "date is after the import date " + today);
  }

  private static Optional<LocalDate> of(String y, String m, String d) {
    if (!asciiDigits(y) || !asciiDigits(m) || !asciiDigits(d)) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
  }

  /**
   * Whether the text reads {@code YYYY-MM-DDTHH:MM:SS} (or with a blank for the {@code T}) in ASCII
   * digits, the shape nearly every timestamp of a bank's export has. Such a text is read field by
   * field, which gives what {@link LocalDateTime#parse} gives (the same ranges, 24:00 and 30
   * February rejected) without its general parser; any other goes through that parser.
   */
  private static boolean plainDateTime(String t) {
    for (int i = 0; i < 19; i++) {
      char c = t.charAt(i);
      boolean ok =
          switch (i) {
            case 4, 7 -> c == '-';
            case 10 -> c == 'T' || c == ' ';
            case 13, 16 -> c == ':';
            default -> c >= '0' && c <= '9';
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static int number(String t, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (t.charAt(i) - '0');
    }
    return n;
  }

  /**
   * Whether the text is one or more of {@code 0-9}. {@link Integer#parseInt} alone would also take
   * a sign and other scripts' digits, turning {@code +024-03-01} into the year 24.
   */
  private static boolean asciiDigits(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
