package io.loanradar.core.feature;

import io.loanradar.core.credit.CreditRecord;
import io.loanradar.core.credit.Loan;
import io.loanradar.core.customer.Enterprise;
import io.loanradar.core.event.Event;
import io.loanradar.core.finance.FinancialStatement;
import io.loanradar.core.finance.TaxRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What was known about one enterprise on an as-of date: the only input of {@link FeatureEngine}.
 *
 * <p>The caller may pass rows dated after {@code asOf}; the engine drops them itself. A statement
 * is known from {@link FinancialStatement#knownFrom()}, a tax month once it has ended, a bureau
 * line from its report date, an event from its day, a flow or balance from its day. A loan that
 * started after {@code asOf} is ignored; a loan whose status was observed after {@code asOf} counts
 * as active and current; several rows of one loan (its status history) are allowed.
 *
 * @param asOf the as-of date
 * @param enterprise the customer
 * @param statements financial statements, any dates
 * @param tax monthly tax records, any months
 * @param credit credit-bureau lines of any report dates
 * @param loans this bank's loans, one row per observed status
 * @param events events about the enterprise
 * @param flows daily flow aggregates
 * @param balances daily account balances
 * @param counterparties twelve-month totals by counterparty up to {@code asOf}
 * @param firstFlowDay the first day the store holds a flow for the enterprise, which may precede
 *     the earliest of {@code flows} when a reader carries only recent flows; empty when unknown, in
 *     which case the earliest of {@code flows} stands for it
 */
public record EnterpriseSnapshot(
    LocalDate asOf,
    Enterprise enterprise,
    List<FinancialStatement> statements,
    List<TaxRecord> tax,
    List<CreditRecord> credit,
    List<Loan> loans,
    List<Event> events,
    List<DailyFlow> flows,
    List<DailyBalance> balances,
    List<Counterparty> counterparties,
    Optional<LocalDate> firstFlowDay) {

  /**
   * Copies the lists.
   *
   * @throws IllegalArgumentException when the date or the enterprise is missing, or when {@code
   *     firstFlowDay} is later than a flow carried
   * @throws NullPointerException when a list or an element is null
   */
  public EnterpriseSnapshot {
    if (asOf == null || enterprise == null) {
      throw new IllegalArgumentException("a snapshot needs an as-of date and an enterprise");
    }
    if (firstFlowDay.isPresent()) {
      LocalDate first = firstFlowDay.get();
      flows.stream()
          .filter(f -> f.day().isBefore(first))
          .findFirst()
          .ifPresent(
              f -> {
                throw new IllegalArgumentException(
                    "first flow day " + first + " is after a flow carried, of " + f.day());
              });
    }
    statements = List.copyOf(statements);
    tax = List.copyOf(tax);
    credit = List.copyOf(credit);
    loans = List.copyOf(loans);
    events = List.copyOf(events);
    flows = List.copyOf(flows);
    balances = List.copyOf(balances);
    counterparties = List.copyOf(counterparties);
  }

  /** A snapshot carrying all the flows it knows of, the earliest being the first flow day. */
  public EnterpriseSnapshot(
      LocalDate asOf,
      Enterprise enterprise,
      List<FinancialStatement> statements,
      List<TaxRecord> tax,
      List<CreditRecord> credit,
      List<Loan> loans,
      List<Event> events,
      List<DailyFlow> flows,
      List<DailyBalance> balances,
      List<Counterparty> counterparties) {
    this(
        asOf,
        enterprise,
        statements,
        tax,
        credit,
        loans,
        events,
        flows,
        balances,
        counterparties,
        Optional.empty());
  }

  /** The same snapshot carrying {@code totals} as its counterparty totals. */
  public EnterpriseSnapshot withCounterparties(List<Counterparty> totals) {
    return with(flows, totals);
  }

  /**
   * The same snapshot carrying {@code days} as its daily flows, for a reader that left them out and
   * reads them for the few enterprises that need them.
   *
   * @throws IllegalArgumentException when {@code firstFlowDay} is later than one of {@code days}
   */
  public EnterpriseSnapshot withFlows(List<DailyFlow> days) {
    return with(days, counterparties);
  }

  private EnterpriseSnapshot with(List<DailyFlow> days, List<Counterparty> totals) {
    return new EnterpriseSnapshot(
        asOf,
        enterprise,
        statements,
        tax,
        credit,
        loans,
        events,
        days,
        balances,
        totals,
        firstFlowDay);
  }

  /** A snapshot of only the enterprise, with no rows yet. */
  public static EnterpriseSnapshot empty(LocalDate asOf, Enterprise enterprise) {
    return new EnterpriseSnapshot(
        asOf,
        enterprise,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}
