package io.loanradar.core.warning;

import io.loanradar.core.credit.CreditRecord;
import io.loanradar.core.credit.FacilityType;
import io.loanradar.core.credit.FiveCategory;
import io.loanradar.core.credit.Loan;
import io.loanradar.core.credit.LoanStatus;
import io.loanradar.core.customer.Enterprise;
import io.loanradar.core.customer.EnterpriseId;
import io.loanradar.core.event.Event;
import io.loanradar.core.event.EventSource;
import io.loanradar.core.event.EventType;
import io.loanradar.core.feature.DailyBalance;
import io.loanradar.core.feature.DailyFlow;
import io.loanradar.core.feature.EnterpriseSnapshot;
import io.loanradar.core.finance.Money;
import io.loanradar.core.finance.TaxCreditGrade;
import io.loanradar.core.finance.TaxRecord;
import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A debtor for tests: two years of steady business (sales receipts every few days, monthly salary,
 * interest and supplier payments, tax months), to which a test adds trouble.
 */
final class Debtor {

  final EnterpriseId id;
  final List<DailyFlow> flows = new ArrayList<>();
  final List<DailyBalance> balances = new ArrayList<>();
  final List<TaxRecord> tax = new ArrayList<>();
  final List<CreditRecord> credit = new ArrayList<>();
  final List<Loan> loans = new ArrayList<>();
  final List<Event> events = new ArrayList<>();

  Debtor(String id) {
    this.id = new EnterpriseId(id);
  }

  /** Steady business from {@code from} to {@code to}, scaled by {@code scale} after {@code cut}. */
  Debtor steady(LocalDate from, LocalDate to, LocalDate cut, double scale) {
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      double k = d.isBefore(cut) ? 1 : scale;
      if (d.getDayOfMonth() % 5 == 0) {
        flow(d, Direction.IN, Purpose.SALES_RECEIPT, Math.round(200_000 * k));
      }
      if (d.getDayOfMonth() == 10) {
        flow(d, Direction.OUT, Purpose.SUPPLIER_PAYMENT, Math.round(600_000 * k));
      }
      if (d.getDayOfMonth() == 15) {
        flow(d, Direction.OUT, Purpose.SALARY, 150_000);
      }
      if (d.getDayOfMonth() == 20) {
        flow(d, Direction.OUT, Purpose.INTEREST, 20_000);
      }
      if (d.getDayOfMonth() == 28) {
        balances.add(
            new DailyBalance("A1", d, BigDecimal.valueOf(900_000), BigDecimal.valueOf(1_000_000)));
      }
    }
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      double k = m.atEndOfMonth().isBefore(cut) ? 1 : scale;
      tax.add(taxMonth(m, Math.round(1_200_000 * k), TaxCreditGrade.B));
    }
    return this;
  }

  Debtor flow(LocalDate day, Direction d, Purpose p, long amount) {
    flows.add(new DailyFlow(day, d, p, BigDecimal.valueOf(amount), 1, BigDecimal.valueOf(amount)));
    return this;
  }

  TaxRecord taxMonth(YearMonth m, long sales, TaxCreditGrade grade) {
    return new TaxRecord(
        id,
        m,
        Optional.empty(),
        Optional.empty(),
        Optional.of(Money.ofYuan(sales)),
        Optional.of(grade));
  }

  Debtor event(String eventId, LocalDate day, EventType type, double sentiment) {
    events.add(
        new Event(
            eventId,
            id,
            day.atTime(10, 0),
            EventSource.COURT,
            type,
            Optional.of(type.name()),
            Optional.of(BigDecimal.valueOf(sentiment)),
            Optional.empty(),
            Optional.empty()));
    return this;
  }

  Debtor bureau(LocalDate day, String lender, long overdue, long days, FiveCategory c) {
    credit.add(
        new CreditRecord(
            id,
            day,
            "F-" + lender,
            Optional.of(lender),
            Optional.of(FacilityType.LOAN),
            Optional.of(Money.ofYuan(5_000_000)),
            Optional.of(Money.ofYuan(4_000_000)),
            Optional.of(Money.ofYuan(overdue)),
            Optional.of(days),
            Optional.of(c),
            Optional.empty()));
    return this;
  }

  Debtor loan(String loanId, long outstanding, LocalDate observed, long overdueDays) {
    return loan(
        loanId, outstanding, observed, overdueDays, LoanStatus.ACTIVE, LocalDate.of(2027, 12, 31));
  }

  Debtor loan(
      String loanId,
      long outstanding,
      LocalDate observed,
      long overdueDays,
      LoanStatus status,
      LocalDate maturity) {
    loans.add(
        new Loan(
            loanId,
            id,
            Optional.of("WC"),
            Money.ofYuan(outstanding),
            Optional.of(Money.ofYuan(outstanding)),
            Optional.of(new BigDecimal("0.045")),
            LocalDate.of(2024, 1, 1),
            maturity,
            status,
            Optional.of(overdueDays),
            Optional.of(FiveCategory.NORMAL),
            observed));
    return this;
  }

  EnterpriseSnapshot on(LocalDate asOf) {
    Enterprise e =
        new Enterprise(
            id,
            "测试企业" + id.value(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    return new EnterpriseSnapshot(
        asOf, e, List.of(), tax, credit, loans, events, flows, balances, List.of());
  }
}
