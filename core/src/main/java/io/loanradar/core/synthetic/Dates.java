package io.loanradar.core.synthetic;

import java.time.LocalDate;
import java.time.YearMonth;

/** Fast ISO formatting of dates, months and timestamps into a builder. */
final class Dates {

  private Dates() {}

  static void append(StringBuilder b, LocalDate day) {
    b.append(day.getYear()).append('-');
    two(b, day.getMonthValue()).append('-');
    two(b, day.getDayOfMonth());
  }

  static void append(StringBuilder b, YearMonth month) {
    b.append(month.getYear()).append('-');
    two(b, month.getMonthValue());
  }

  /** Appends {@code yyyy-MM-ddTHH:mm:00} for a minute of the day. */
  static void appendTimestamp(StringBuilder b, LocalDate day, int minuteOfDay) {
    append(b, day);
    b.append('T');
    two(b, minuteOfDay / 60).append(':');
    two(b, minuteOfDay % 60).append(":00");
  }

  static StringBuilder two(StringBuilder b, int v) {
    if (v < 10) {
      b.append('0');
    }
    return b.append(v);
  }
}
