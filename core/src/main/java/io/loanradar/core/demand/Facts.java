package io.loanradar.core.demand;

import io.loanradar.core.credit.Loan;
import io.loanradar.core.credit.LoanStatus;
import io.loanradar.core.event.Event;
import io.loanradar.core.event.EventSource;
import io.loanradar.core.event.EventType;
import io.loanradar.core.feature.DailyBalance;
import io.loanradar.core.feature.DailyFlow;
import io.loanradar.core.feature.EnterpriseSnapshot;
import io.loanradar.core.finance.FinancialStatement;
import io.loanradar.core.finance.TaxRecord;
import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The rows of a snapshot known on its as-of date, with the sums the detectors share. Everything
 * dated after the as-of date is dropped here, so a snapshot read once can be re-dated. The daily
 * flows are taken on the first sum over them, so that a detector which rules an enterprise out on
 * its events, loans or balances costs no read of its flows.
 */
final class Facts {

  /** A sum over recent months and over the same months a year earlier. */
  record YearOnYear(BigDecimal recent, BigDecimal yearEarlier) {

    /** recent / year earlier, NaN when the year earlier is zero. */
    double ratio() {
      return yearEarlier.signum() == 0 ? Double.NaN : Texts.ratio(recent, yearEarlier);
    }
  }

  /** A loan here in the state it had on the as-of date. */
  record LoanState(Loan loan, LoanStatus status, long overdueDays, BigDecimal outstanding) {}

  private final LocalDate asOf;
  private final Supplier<List<DailyFlow>> flowSource;
  private List<DailyFlow> flows;
  private final List<Event> events;
  private final Map<String, TreeMap<LocalDate, BigDecimal>> balances = new HashMap<>();
  private final List<FinancialStatement> statements;
  private final List<LoanState> loans;
  private final Map<YearMonth, BigDecimal> invoicedSales = new TreeMap<>();

  /** The facts of a snapshot that carries its flows. */
  Facts(EnterpriseSnapshot snapshot) {
    this(snapshot, snapshot::flows);
  }

  /** The facts of a demand input, whose flows are asked for on the first sum over them. */
  Facts(DemandInput input) {
    this(input.snapshot(), () -> input.withFlows().flows());
  }

  private Facts(EnterpriseSnapshot snapshot, Supplier<List<DailyFlow>> flows) {
    this.asOf = snapshot.asOf();
    this.flowSource = flows;
    this.events =
        snapshot.events().stream()
            .filter(e -> !e.occurredAt().toLocalDate().isAfter(asOf))
            .sorted(Comparator.comparing(Event::occurredAt))
            .toList();
    for (DailyBalance b : snapshot.balances()) {
      if (!b.day().isAfter(asOf)) {
        balances
            .computeIfAbsent(b.accountId(), k -> new TreeMap<>())
            .put(b.day(), b.closeBalance());
      }
    }
    this.statements =
        snapshot.statements().stream()
            .filter(s -> !s.knownFrom().isAfter(asOf))
            .sorted(Comparator.comparing(FinancialStatement::periodEnd))
            .toList();
    this.loans = loansAsOf(snapshot.loans(), asOf);
    for (TaxRecord t : snapshot.tax()) {
      if (t.period().atEndOfMonth().isBefore(asOf)) {
        t.invoicedSales()
            .ifPresent(m -> invoicedSales.merge(t.period(), m.yuan(), BigDecimal::add));
      }
    }
  }

  /**
   * Invoiced sales of the {@code months} complete tax months before the as-of month, against the
   * same months a year earlier; empty when either year lacks a month.
   */
  Optional<YearOnYear> invoicedSalesOnYearEarlier(int months) {
    YearMonth current = YearMonth.from(asOf);
    BigDecimal recent = BigDecimal.ZERO;
    BigDecimal before = BigDecimal.ZERO;
    for (int i = 1; i <= months; i++) {
      BigDecimal r = invoicedSales.get(current.minusMonths(i));
      BigDecimal b = invoicedSales.get(current.minusMonths(i + 12L));
      if (r == null || b == null) {
        return Optional.empty();
      }
      recent = recent.add(r);
      before = before.add(b);
    }
    return Optional.of(new YearOnYear(recent, before));
  }

  private static List<LoanState> loansAsOf(List<Loan> rows, LocalDate asOf) {
    Map<String, Loan> latest = new TreeMap<>();
    for (Loan l : rows) {
      if (l.startDate().isAfter(asOf)) {
        continue;
      }
      Loan seen = latest.get(l.loanId());
      boolean known = !l.statusDate().isAfter(asOf);
      if (seen == null
          || known
              && (seen.statusDate().isAfter(asOf) || l.statusDate().isAfter(seen.statusDate()))) {
        latest.put(l.loanId(), l);
      }
    }
    List<LoanState> out = new ArrayList<>();
    for (Loan l : latest.values()) {
      if (l.statusDate().isAfter(asOf)) {
        out.add(new LoanState(l, LoanStatus.ACTIVE, 0, l.amount().yuan()));
      } else {
        out.add(
            new LoanState(
                l,
                l.status(),
                l.overdueDays().orElse(0L),
                l.outstanding().map(m -> m.yuan()).orElse(l.amount().yuan())));
      }
    }
    return out;
  }

  LocalDate asOf() {
    return asOf;
  }

  private List<DailyFlow> flows() {
    if (flows == null) {
      flows = flowSource.get().stream().filter(f -> !f.day().isAfter(asOf)).toList();
    }
    return flows;
  }

  /** Sum of flows in one direction (and purpose, when not null) over {@code from … to}. */
  BigDecimal sum(Direction direction, Purpose purpose, LocalDate from, LocalDate to) {
    BigDecimal total = BigDecimal.ZERO;
    for (DailyFlow f : flows()) {
      if (f.direction() == direction
          && (purpose == null || f.purpose() == purpose)
          && !f.day().isBefore(from)
          && !f.day().isAfter(to)) {
        total = total.add(f.total());
      }
    }
    return total;
  }

  /** Sum over the {@code days} days ending on the as-of date. */
  BigDecimal lastDays(Direction direction, Purpose purpose, int days) {
    return sum(direction, purpose, asOf.minusDays(days - 1L), asOf);
  }

  /** Monthly sums in one direction (and purpose, when not null), by month, known months only. */
  Map<YearMonth, BigDecimal> monthly(Direction direction, Purpose purpose) {
    Map<YearMonth, BigDecimal> out = new TreeMap<>();
    for (DailyFlow f : flows()) {
      if (f.direction() == direction && (purpose == null || f.purpose() == purpose)) {
        out.merge(YearMonth.from(f.day()), f.total(), BigDecimal::add);
      }
    }
    return out;
  }

  /** The first month with any flow, empty without flows. */
  Optional<YearMonth> firstFlowMonth() {
    return flows().stream().map(f -> YearMonth.from(f.day())).min(Comparator.naturalOrder());
  }

  /** Events of a type in the {@code days} days ending on the as-of date, oldest first. */
  List<Event> events(EventType type, int days) {
    LocalDate from = asOf.minusDays(days - 1L);
    return events.stream()
        .filter(e -> e.type() == type && !e.occurredAt().toLocalDate().isBefore(from))
        .toList();
  }

  /** Events from a source in the {@code days} days ending on the as-of date, oldest first. */
  List<Event> eventsFrom(EventSource source, int days) {
    LocalDate from = asOf.minusDays(days - 1L);
    return events.stream()
        .filter(e -> e.source() == source && !e.occurredAt().toLocalDate().isBefore(from))
        .toList();
  }

  /** Whether any balance row is known. */
  boolean hasBalances() {
    return !balances.isEmpty();
  }

  /** Sum over accounts of the latest closing balance on or before {@code day}. */
  BigDecimal balanceOn(LocalDate day) {
    BigDecimal total = BigDecimal.ZERO;
    for (TreeMap<LocalDate, BigDecimal> account : balances.values()) {
      Map.Entry<LocalDate, BigDecimal> e = account.floorEntry(day);
      if (e != null) {
        total = total.add(e.getValue());
      }
    }
    return total;
  }

  /** Known statements, oldest period first. */
  List<FinancialStatement> statements() {
    return statements;
  }

  /** This bank's loans that had started, in their state on the as-of date. */
  List<LoanState> loans() {
    return loans;
  }

  /** Whether a loan here started on or after {@code day} (and by the as-of date). */
  boolean loanStartedSince(LocalDate day) {
    return loans.stream().anyMatch(l -> !l.loan().startDate().isBefore(day));
  }
}
