package io.loanradar.core.feature;

import io.loanradar.core.credit.CreditRecord;
import io.loanradar.core.credit.FiveCategory;
import io.loanradar.core.credit.Loan;
import io.loanradar.core.credit.LoanStatus;
import io.loanradar.core.customer.Enterprise;
import io.loanradar.core.event.Event;
import io.loanradar.core.finance.FinancialStatement;
import io.loanradar.core.finance.Money;
import io.loanradar.core.finance.TaxRecord;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** A snapshot cut down to what was known on its as-of date: the point-in-time guarantee. */
record Known(
    LocalDate asOf,
    Enterprise enterprise,
    List<FinancialStatement> statements,
    List<TaxRecord> tax,
    List<CreditRecord> credit,
    List<LoanState> loans,
    List<Event> events,
    List<DailyFlow> flows,
    List<DailyBalance> balances,
    List<Counterparty> counterparties) {

  /** A loan as it stood on the as-of date. */
  record LoanState(
      String loanId,
      LoanStatus status,
      Optional<Long> overdueDays,
      Optional<FiveCategory> category,
      Optional<Money> outstanding) {}

  static Known of(EnterpriseSnapshot s) {
    LocalDate asOf = s.asOf();
    return new Known(
        asOf,
        s.enterprise(),
        keep(s.statements(), st -> !st.knownFrom().isAfter(asOf)),
        keep(s.tax(), t -> !t.period().atEndOfMonth().isAfter(asOf)),
        keep(s.credit(), c -> !c.reportDate().isAfter(asOf)),
        loansOn(asOf, s.loans()),
        keep(s.events(), e -> !e.occurredAt().toLocalDate().isAfter(asOf)),
        keep(s.flows(), f -> !f.day().isAfter(asOf)),
        keep(s.balances(), b -> !b.day().isAfter(asOf)),
        s.counterparties());
  }

  private static <T> List<T> keep(List<T> rows, Predicate<T> known) {
    return rows.stream().filter(known).toList();
  }

  /**
   * One state per loan started by {@code asOf}: its latest observed status on or before {@code
   * asOf}, or active and current when every observation is later.
   */
  static List<LoanState> loansOn(LocalDate asOf, List<Loan> loans) {
    Map<String, List<Loan>> byId =
        loans.stream()
            .filter(l -> !l.startDate().isAfter(asOf))
            .collect(Collectors.groupingBy(Loan::loanId, TreeMap::new, Collectors.toList()));
    return byId.values().stream().map(rows -> stateOn(asOf, rows)).toList();
  }

  private static LoanState stateOn(LocalDate asOf, List<Loan> rows) {
    Optional<Loan> observed =
        rows.stream()
            .filter(l -> !l.statusDate().isAfter(asOf))
            .max(Comparator.comparing(Loan::statusDate));
    String id = rows.get(0).loanId();
    return observed
        .map(l -> new LoanState(id, l.status(), l.overdueDays(), l.fiveCategory(), l.outstanding()))
        .orElse(
            new LoanState(
                id,
                LoanStatus.ACTIVE,
                Optional.of(0L),
                Optional.of(FiveCategory.NORMAL),
                Optional.empty()));
  }
}
