package io.loanradar.core.feature;

import io.loanradar.core.finance.FinancialStatement;
import io.loanradar.core.finance.Money;
import io.loanradar.core.finance.PeriodType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Twelve months of statements ending on one period end: a year, two halves or four quarters,
 * preferred in that order.
 */
record TrailingYear(LocalDate end, List<FinancialStatement> parts) {

  /** The trailing year with the latest end among the statements, if any can be assembled. */
  static Optional<TrailingYear> latest(List<FinancialStatement> statements) {
    return statements.stream()
        .map(FinancialStatement::periodEnd)
        .distinct()
        .sorted(Comparator.reverseOrder())
        .map(end -> endingAt(statements, end))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The trailing year ending exactly on {@code end}, if the statements make one up. */
  static Optional<TrailingYear> endingAt(List<FinancialStatement> statements, LocalDate end) {
    return chain(statements, end, PeriodType.Y, 1, 12)
        .or(() -> chain(statements, end, PeriodType.H, 2, 6))
        .or(() -> chain(statements, end, PeriodType.Q, 4, 3));
  }

  /** The same trailing year one year earlier, if known. */
  Optional<TrailingYear> yearBefore(List<FinancialStatement> statements) {
    return endingAt(statements, YearMonth.from(end).minusMonths(12).atEndOfMonth());
  }

  /** Sum of an item over the parts, empty when any part lacks it. */
  OptionalDouble sum(Function<FinancialStatement, Optional<Money>> item) {
    double total = 0;
    for (FinancialStatement part : parts) {
      Optional<Money> value = item.apply(part);
      if (value.isEmpty()) {
        return OptionalDouble.empty();
      }
      total += value.get().yuan().doubleValue();
    }
    return OptionalDouble.of(total);
  }

  private static Optional<TrailingYear> chain(
      List<FinancialStatement> statements, LocalDate end, PeriodType type, int n, int months) {
    List<FinancialStatement> parts = new ArrayList<>();
    YearMonth month = YearMonth.from(end);
    for (int i = 0; i < n; i++) {
      LocalDate periodEnd = i == 0 ? end : month.minusMonths((long) i * months).atEndOfMonth();
      Optional<FinancialStatement> part =
          statements.stream()
              .filter(s -> s.periodType() == type && s.periodEnd().equals(periodEnd))
              .findFirst();
      if (part.isEmpty()) {
        return Optional.empty();
      }
      parts.add(part.get());
    }
    return Optional.of(new TrailingYear(end, List.copyOf(parts)));
  }
}
