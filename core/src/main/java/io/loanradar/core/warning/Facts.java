package io.loanradar.core.warning;

import io.loanradar.core.credit.CreditRecord;
import io.loanradar.core.credit.FiveCategory;
import io.loanradar.core.credit.Loan;
import io.loanradar.core.credit.LoanStatus;
import io.loanradar.core.customer.Enterprise;
import io.loanradar.core.event.Event;
import io.loanradar.core.event.EventType;
import io.loanradar.core.feature.DailyBalance;
import io.loanradar.core.feature.DailyFlow;
import io.loanradar.core.feature.EnterpriseSnapshot;
import io.loanradar.core.feature.FeatureEngine;
import io.loanradar.core.feature.Features;
import io.loanradar.core.finance.FinancialStatement;
import io.loanradar.core.finance.Money;
import io.loanradar.core.finance.TaxRecord;
import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What was known about one debtor on an as-of date, cut from a snapshot: every row dated after the
 * as-of date is dropped here, so a signal cannot see the future. Also carries the debtor's features
 * now and one year earlier (both point in time) and helpers to sum flows over windows.
 */
public final class Facts {

  private static final FeatureEngine ENGINE = new FeatureEngine();

  private final EnterpriseSnapshot snapshot;
  private final LocalDate asOf;
  private final List<FinancialStatement> statements;
  private final List<TaxRecord> tax;
  private final List<CreditRecord> credit;
  private final List<Event> events;
  private final List<DailyFlow> flows;
  private final List<DailyBalance> balances;
  private final List<LoanView> loans;
  private Features now;
  private Features yearAgo;

  private Facts(EnterpriseSnapshot s) {
    this.snapshot = s;
    this.asOf = s.asOf();
    this.statements =
        keep(s.statements(), st -> !st.knownFrom().isAfter(asOf)).stream()
            .sorted(Comparator.comparing(FinancialStatement::periodEnd))
            .toList();
    this.tax =
        keep(s.tax(), t -> !t.period().atEndOfMonth().isAfter(asOf)).stream()
            .sorted(Comparator.comparing(TaxRecord::period))
            .toList();
    this.credit = keep(s.credit(), c -> !c.reportDate().isAfter(asOf));
    this.events = keep(s.events(), e -> !e.occurredAt().toLocalDate().isAfter(asOf));
    this.flows = keep(s.flows(), f -> !f.day().isAfter(asOf));
    this.balances = keep(s.balances(), b -> !b.day().isAfter(asOf));
    this.loans = loansOn(asOf, s.loans());
  }

  /** The facts of a snapshot as of its own date. */
  public static Facts of(EnterpriseSnapshot snapshot) {
    return new Facts(snapshot);
  }

  private static <T> List<T> keep(List<T> rows, Predicate<T> known) {
    return rows.stream().filter(known).toList();
  }

  /** The as-of date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The debtor. */
  public Enterprise enterprise() {
    return snapshot.enterprise();
  }

  /** Statements published by the as-of date, oldest period first. */
  public List<FinancialStatement> statements() {
    return statements;
  }

  /** Tax months ended by the as-of date, oldest first. */
  public List<TaxRecord> tax() {
    return tax;
  }

  /** Bureau lines reported by the as-of date. */
  public List<CreditRecord> credit() {
    return credit;
  }

  /** Events that occurred by the as-of date. */
  public List<Event> events() {
    return events;
  }

  /** Daily flows booked by the as-of date. */
  public List<DailyFlow> flows() {
    return flows;
  }

  /** Daily balances by the as-of date. */
  public List<DailyBalance> balances() {
    return balances;
  }

  /** This bank's loans started by the as-of date, as they stood then, by loan id. */
  public List<LoanView> loans() {
    return loans;
  }

  /**
   * Statement and event features on the as-of date (those the signals use: revenue, profit,
   * margins, debt ratio, working-capital days, net sentiment). Flow, balance, tax and credit
   * features are left out: the signals read those rows themselves.
   */
  public Features features() {
    if (now == null) {
      now = ENGINE.compute(statementsAndEvents(asOf));
    }
    return now;
  }

  /** The same features one year before the as-of date, from what was known then. */
  public Features featuresYearAgo() {
    if (yearAgo == null) {
      yearAgo = ENGINE.compute(statementsAndEvents(asOf.minusYears(1)));
    }
    return yearAgo;
  }

  private EnterpriseSnapshot statementsAndEvents(LocalDate day) {
    EnterpriseSnapshot s = snapshot;
    return new EnterpriseSnapshot(
        day,
        s.enterprise(),
        s.statements(),
        List.of(),
        List.of(),
        List.of(),
        s.events(),
        List.of(),
        List.of(),
        List.of());
  }

  /**
   * The first day with a known flow, empty when there is none by the as-of date: the snapshot's
   * first flow day when the reader gave one (it may carry only recent flows), else the earliest
   * flow carried.
   */
  public Optional<LocalDate> firstFlowDay() {
    if (snapshot.firstFlowDay().isPresent()) {
      return snapshot.firstFlowDay().filter(d -> !d.isAfter(asOf));
    }
    return flows.stream().map(DailyFlow::day).min(Comparator.naturalOrder());
  }

  /**
   * Sum of flows in one direction whose purpose matches, booked after {@code from} and on or before
   * {@code to}.
   */
  public BigDecimal flowSum(
      Direction direction, Predicate<Purpose> purpose, LocalDate from, LocalDate to) {
    BigDecimal sum = BigDecimal.ZERO;
    for (DailyFlow f : flows) {
      if (f.direction() == direction
          && purpose.test(f.purpose())
          && f.day().isAfter(from)
          && !f.day().isAfter(to)) {
        sum = sum.add(f.total());
      }
    }
    return sum;
  }

  /** Flows in one direction whose purpose matches, booked after {@code from} up to {@code to}. */
  public List<DailyFlow> flowsBetween(
      Direction direction, Predicate<Purpose> purpose, LocalDate from, LocalDate to) {
    return flows.stream()
        .filter(f -> f.direction() == direction && purpose.test(f.purpose()))
        .filter(f -> f.day().isAfter(from) && !f.day().isAfter(to))
        .toList();
  }

  /** Events of a type that occurred in the {@code days} days up to the as-of date, oldest first. */
  public List<Event> eventsWithin(EventType type, int days) {
    LocalDate from = asOf.minusDays(days);
    return events.stream()
        .filter(e -> e.type() == type && e.occurredAt().toLocalDate().isAfter(from))
        .sorted(Comparator.comparing(Event::occurredAt))
        .toList();
  }

  /** The latest bureau report date known, empty when none. */
  public Optional<LocalDate> latestReport() {
    return credit.stream().map(CreditRecord::reportDate).max(Comparator.naturalOrder());
  }

  /** The bureau lines of one report date. */
  public List<CreditRecord> report(LocalDate day) {
    return credit.stream().filter(c -> c.reportDate().equals(day)).toList();
  }

  /** The latest report date on or before a day, empty when none. */
  public Optional<LocalDate> reportOnOrBefore(LocalDate day) {
    return credit.stream()
        .map(CreditRecord::reportDate)
        .filter(d -> !d.isAfter(day))
        .max(Comparator.naturalOrder());
  }

  /** An amount in 万元 for Chinese evidence, e.g. {@code 123.45万元}. */
  static String wan(BigDecimal yuan) {
    return String.format(
            Locale.ROOT, "%,.2f", yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP))
        + "万元";
  }

  /** An amount in yuan for English evidence, e.g. {@code CNY 1,234,500}. */
  static String cny(BigDecimal yuan) {
    return String.format(Locale.ROOT, "CNY %,.0f", yuan.setScale(0, RoundingMode.HALF_UP));
  }

  /** A ratio as a percentage, e.g. {@code -35.2%}. */
  static String pct(double ratio) {
    return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
  }

  /** A plain number with at most two decimals. */
  static String num(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static BigDecimal yuan(Optional<Money> money) {
    return money.map(Money::yuan).orElse(BigDecimal.ZERO);
  }

  /**
   * One view per loan started by {@code asOf}: its latest status observed on or before {@code
   * asOf}, or active and current when every observation is later, and when it was restructured.
   */
  static List<LoanView> loansOn(LocalDate asOf, List<Loan> rows) {
    Map<String, List<Loan>> byId =
        rows.stream()
            .filter(l -> !l.startDate().isAfter(asOf))
            .collect(Collectors.groupingBy(Loan::loanId, TreeMap::new, Collectors.toList()));
    List<LoanView> views = new ArrayList<>();
    for (List<Loan> history : byId.values()) {
      List<Loan> seen =
          history.stream()
              .filter(l -> !l.statusDate().isAfter(asOf))
              .sorted(Comparator.comparing(Loan::statusDate))
              .toList();
      Loan first = history.get(0);
      if (seen.isEmpty()) {
        views.add(
            new LoanView(
                first.loanId(),
                LoanStatus.ACTIVE,
                0,
                FiveCategory.NORMAL,
                first.amount().yuan(),
                first.startDate(),
                Optional.empty()));
        continue;
      }
      Loan last = seen.get(seen.size() - 1);
      views.add(
          new LoanView(
              last.loanId(),
              last.status(),
              last.overdueDays().orElse(0L),
              last.fiveCategory().orElse(FiveCategory.NORMAL),
              last.outstanding().map(Money::yuan).orElse(last.amount().yuan()),
              last.statusDate(),
              restructuredOn(seen)));
    }
    return List.copyOf(views);
  }

  private static Optional<LocalDate> restructuredOn(List<Loan> seen) {
    Optional<LocalDate> on = Optional.empty();
    for (int i = 1; i < seen.size(); i++) {
      Loan before = seen.get(i - 1);
      Loan after = seen.get(i);
      boolean troubled =
          before.overdueDays().orElse(0L) > 0
              || before.fiveCategory().orElse(FiveCategory.NORMAL).compareTo(FiveCategory.NORMAL)
                  > 0;
      if (troubled && after.maturityDate().isAfter(before.maturityDate())) {
        on = Optional.of(after.statusDate());
      }
    }
    return on;
  }
}
