package io.loanradar.core.feature;

import io.loanradar.core.credit.CreditRecord;
import io.loanradar.core.credit.FacilityType;
import io.loanradar.core.credit.FiveCategory;
import io.loanradar.core.credit.Loan;
import io.loanradar.core.credit.LoanStatus;
import io.loanradar.core.customer.Enterprise;
import io.loanradar.core.customer.EnterpriseId;
import io.loanradar.core.customer.IndustryCode;
import io.loanradar.core.event.Event;
import io.loanradar.core.event.EventSource;
import io.loanradar.core.event.EventType;
import io.loanradar.core.finance.FinancialStatement;
import io.loanradar.core.finance.Money;
import io.loanradar.core.finance.PeriodType;
import io.loanradar.core.finance.TaxRecord;
import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small hand-made snapshots for tests. */
final class Snapshots {

  static final EnterpriseId ID = new EnterpriseId("E0000001");

  final LocalDate asOf;
  Enterprise enterprise = enterprise(Optional.of(LocalDate.of(2018, 1, 1)));
  final List<FinancialStatement> statements = new ArrayList<>();
  final List<TaxRecord> tax = new ArrayList<>();
  final List<CreditRecord> credit = new ArrayList<>();
  final List<Loan> loans = new ArrayList<>();
  final List<Event> events = new ArrayList<>();
  final List<DailyFlow> flows = new ArrayList<>();
  final List<DailyBalance> balances = new ArrayList<>();
  final List<Counterparty> counterparties = new ArrayList<>();

  Snapshots(LocalDate asOf) {
    this.asOf = asOf;
  }

  static Enterprise enterprise(Optional<LocalDate> relationshipSince) {
    return new Enterprise(
        ID,
        "福州测试机械有限公司",
        Optional.empty(),
        Optional.of(new IndustryCode("C34")),
        Optional.empty(),
        Optional.of(new BigDecimal("10000000.00")),
        Optional.of(LocalDate.of(2010, 5, 1)),
        Optional.of(120L),
        Optional.empty(),
        Optional.empty(),
        relationshipSince,
        Optional.empty(),
        Optional.empty());
  }

  EnterpriseSnapshot build() {
    return new EnterpriseSnapshot(
        asOf, enterprise, statements, tax, credit, loans, events, flows, balances, counterparties);
  }

  Features features() {
    return new FeatureEngine().compute(build());
  }

  static Optional<Money> yuan(long amount) {
    return Optional.of(Money.ofYuan(amount));
  }

  /** A statement with revenue, cost, profit and a balance sheet; other items missing. */
  static FinancialStatement statement(
      String periodEnd, PeriodType type, long revenue, long cost, long profit, long assets) {
    return new FinancialStatement(
        ID,
        LocalDate.parse(periodEnd),
        type,
        yuan(revenue),
        yuan(cost),
        yuan(profit),
        yuan(assets),
        yuan(assets * 6 / 10),
        yuan(assets / 2),
        yuan(assets / 4),
        yuan(assets / 10),
        yuan(assets / 5),
        Optional.empty(),
        yuan(profit * 2),
        Optional.empty(),
        Optional.empty());
  }

  static DailyFlow flow(String day, Direction direction, long total) {
    return flow(day, direction, total, total);
  }

  static DailyFlow flow(String day, Direction direction, long total, long max) {
    Purpose purpose = direction == Direction.IN ? Purpose.SALES_RECEIPT : Purpose.SUPPLIER_PAYMENT;
    return new DailyFlow(
        LocalDate.parse(day),
        direction,
        purpose,
        BigDecimal.valueOf(total),
        1,
        BigDecimal.valueOf(max));
  }

  static DailyBalance balance(String account, String day, long close) {
    return new DailyBalance(
        account, LocalDate.parse(day), BigDecimal.valueOf(close), BigDecimal.valueOf(close));
  }

  static Event event(String id, String at, EventType type, double sentiment) {
    return new Event(
        id,
        ID,
        LocalDate.parse(at).atTime(9, 30),
        EventSource.NEWS,
        type,
        Optional.of("标题"),
        Optional.of(BigDecimal.valueOf(sentiment)),
        Optional.empty(),
        Optional.empty());
  }

  static CreditRecord line(
      String reportDate,
      String facility,
      long limit,
      long outstanding,
      long overdue,
      long days,
      FiveCategory category) {
    return new CreditRecord(
        ID,
        LocalDate.parse(reportDate),
        facility,
        Optional.of("某银行"),
        Optional.of(FacilityType.LOAN),
        yuan(limit),
        yuan(outstanding),
        yuan(overdue),
        Optional.of(days),
        Optional.of(category),
        Optional.empty());
  }

  static Loan loan(
      String id,
      String start,
      String statusDate,
      LoanStatus status,
      long overdueDays,
      FiveCategory category) {
    return new Loan(
        id,
        ID,
        Optional.of("WC01"),
        Money.ofYuan(5_000_000),
        yuan(4_000_000),
        Optional.of(new BigDecimal("0.045")),
        LocalDate.parse(start),
        LocalDate.parse(start).plusYears(1),
        status,
        Optional.of(overdueDays),
        Optional.of(category),
        LocalDate.parse(statusDate));
  }

  static TaxRecord tax(YearMonth month, long invoicedSales) {
    return new TaxRecord(
        ID, month, yuan(invoicedSales / 10), yuan(0), yuan(invoicedSales), Optional.empty());
  }
}
