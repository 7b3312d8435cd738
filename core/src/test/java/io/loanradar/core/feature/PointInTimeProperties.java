package io.loanradar.core.feature;

import static io.loanradar.core.feature.Snapshots.balance;
import static io.loanradar.core.feature.Snapshots.event;
import static io.loanradar.core.feature.Snapshots.flow;
import static io.loanradar.core.feature.Snapshots.line;
import static io.loanradar.core.feature.Snapshots.loan;
import static io.loanradar.core.feature.Snapshots.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.loanradar.core.credit.FiveCategory;
import io.loanradar.core.credit.LoanStatus;
import io.loanradar.core.event.EventType;
import io.loanradar.core.finance.PeriodType;
import io.loanradar.core.flow.Direction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PointInTimeProperties {

  private static final LocalDate AS_OF = LocalDate.parse("2025-06-15");

  /** A snapshot with some of every kind of row, all known on the as-of date. */
  static Snapshots known() {
    Snapshots s = new Snapshots(AS_OF);
    s.statements.add(
        statement("2023-12-31", PeriodType.Y, 90_000_000, 70_000_000, 8_000_000, 150_000_000));
    s.statements.add(
        statement("2024-12-31", PeriodType.Y, 100_000_000, 75_000_000, 9_000_000, 160_000_000));
    YearMonth month = YearMonth.of(2023, 5);
    for (int i = 0; i < 26; i++, month = month.plusMonths(1)) {
      s.tax.add(Snapshots.tax(month, 8_000_000 + i * 10_000L));
      s.flows.add(flow(month.atDay(3).toString(), Direction.IN, 8_000_000 + i * 50_000L));
      s.flows.add(flow(month.atDay(5).toString(), Direction.OUT, 7_000_000, 2_000_000));
      s.balances.add(balance("A", month.atDay(5).toString(), 1_000_000 + i * 1_000L));
    }
    s.credit.add(line("2025-03-31", "F1", 10_000_000, 6_000_000, 0, 0, FiveCategory.NORMAL));
    s.loans.add(loan("L1", "2024-09-01", "2025-03-01", LoanStatus.ACTIVE, 0, FiveCategory.NORMAL));
    s.events.add(event("e1", "2025-05-20", EventType.CONTRACT_WON, 0.6));
    s.counterparties.add(new Counterparty("甲", Direction.OUT, BigDecimal.valueOf(5_000_000)));
    return s;
  }

  @Property(tries = 200)
  void rowsDatedAfterTheAsOfDateNeverChangeAnyFeature(
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 800) Integer> daysAfter,
      @ForAll @IntRange(min = 1, max = 1_000_000_000) int amount) {
    Features before = known().features();
    Snapshots s = known();
    for (int days : daysAfter) {
      addFutureRows(s, days, amount);
    }

    assertThat(s.features()).isEqualTo(before);
  }

  private static void addFutureRows(Snapshots s, int days, long amount) {
    LocalDate later = AS_OF.plusDays(days);
    String day = later.toString();
    LocalDate unpublished = AS_OF.minusDays(89).plusDays(days - 1L);
    for (PeriodType type : PeriodType.values()) {
      s.statements.add(
          statement(unpublished.toString(), type, amount, amount / 2, -amount, amount * 3));
      s.statements.add(
          statement(YearMonth.from(unpublished).atEndOfMonth().toString(), type, amount, 1, 1, 1));
    }
    s.tax.add(Snapshots.tax(YearMonth.from(AS_OF).plusMonths(days % 24), amount));
    s.credit.add(line(day, "F9", amount, amount, amount, days, FiveCategory.LOSS));
    s.loans.add(loan("L1", "2024-09-01", day, LoanStatus.DEFAULTED, days, FiveCategory.DOUBTFUL));
    s.loans.add(loan("N" + days, day, day, LoanStatus.ACTIVE, days, FiveCategory.LOSS));
    s.events.add(event("f" + days, day, EventType.LITIGATION, -1));
    s.flows.add(flow(day, Direction.IN, amount));
    s.flows.add(flow(day, Direction.OUT, amount, amount));
    s.balances.add(balance("A", day, -amount));
    s.balances.add(balance("Z", day, -amount));
  }
}
