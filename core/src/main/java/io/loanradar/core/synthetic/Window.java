package io.loanradar.core.synthetic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The calendar of a run: the data window and a planning horizon that starts in January of the year
 * before the window, so that yearly statements before the window can be drawn from the same plan.
 */
record Window(YearMonth first, YearMonth last, YearMonth planFirst) {

  static Window of(GeneratorOptions options) {
    YearMonth last = options.lastMonth();
    YearMonth first = last.minusMonths(options.months() - 1L);
    YearMonth planFirst = YearMonth.of(first.getYear() - 1, 1);
    return new Window(first, last, planFirst);
  }

  LocalDate start() {
    return first.atDay(1);
  }

  LocalDate end() {
    return last.atEndOfMonth();
  }

  int planMonths() {
    return (int) ChronoUnit.MONTHS.between(planFirst, last) + 1;
  }

  /** Index of a month in the plan arrays. */
  int planIndex(YearMonth month) {
    return (int) ChronoUnit.MONTHS.between(planFirst, month);
  }

  int planIndex(LocalDate day) {
    return planIndex(YearMonth.from(day));
  }

  YearMonth planMonth(int index) {
    return planFirst.plusMonths(index);
  }

  /** Index of the first window month in the plan arrays. */
  int firstWindowIndex() {
    return planIndex(first);
  }

  boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  /** Moves a weekend day to the nearest weekday inside the same month. */
  static LocalDate weekday(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    if (dow == DayOfWeek.SATURDAY) {
      return day.getDayOfMonth() > 1 ? day.minusDays(1) : day.plusDays(2);
    }
    if (dow == DayOfWeek.SUNDAY) {
      return day.getDayOfMonth() < day.lengthOfMonth() ? day.plusDays(1) : day.minusDays(2);
    }
    return day;
  }
}
