package io.loanradar.core.demand;

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
import io.loanradar.core.feature.DailyBalance;
import io.loanradar.core.feature.DailyFlow;
import io.loanradar.core.feature.EnterpriseSnapshot;
import io.loanradar.core.feature.FeatureEngine;
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
import java.util.concurrent.atomic.AtomicInteger;

/** A hand-made customer history for detector tests: a steady trading firm, then a story. */
final class Story {

  static final EnterpriseId ID = new EnterpriseId("E0000001");

  final List<FinancialStatement> statements = new ArrayList<>();
  final List<Loan> loans = new ArrayList<>();
  final List<Event> events = new ArrayList<>();
  final List<DailyFlow> flows = new ArrayList<>();
  final List<DailyBalance> balances = new ArrayList<>();
  final List<TaxRecord> tax = new ArrayList<>();
  final List<CreditRecord> credit = new ArrayList<>();

  /** Two years of steady daily receipts, supplier payments and salaries, and a steady balance. */
  static Story steady(LocalDate from, LocalDate to) {
    Story s = new Story();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      s.flow(d, Direction.IN, Purpose.SALES_RECEIPT, 100_000);
      s.flow(d, Direction.OUT, Purpose.SUPPLIER_PAYMENT, 80_000);
      if (d.getDayOfMonth() == 10) {
        s.flow(d, Direction.OUT, Purpose.SALARY, 300_000);
      }
      s.balance(d, 2_000_000);
    }
    return s;
  }

  Story flow(LocalDate day, Direction direction, Purpose purpose, long amount) {
    flows.add(
        new DailyFlow(
            day, direction, purpose, BigDecimal.valueOf(amount), 1, BigDecimal.valueOf(amount)));
    return this;
  }

  /** Invoiced sales of every month from {@code from} to {@code to}, inclusive. */
  Story invoicedSales(YearMonth from, YearMonth to, long monthly) {
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      YearMonth month = m;
      tax.removeIf(t -> t.period().equals(month));
      tax.add(
          new TaxRecord(
              ID,
              m,
              Optional.empty(),
              Optional.empty(),
              Optional.of(Money.ofYuan(monthly)),
              Optional.empty()));
    }
    return this;
  }

  Story balance(LocalDate day, long close) {
    balances.removeIf(b -> b.day().equals(day));
    balances.add(new DailyBalance("A1", day, BigDecimal.valueOf(close), BigDecimal.valueOf(close)));
    return this;
  }

  Story event(String id, LocalDate day, EventSource source, EventType type, Long amount) {
    return event(id, day, source, type, amount, "标题" + id);
  }

  Story event(
      String id, LocalDate day, EventSource source, EventType type, Long amount, String title) {
    events.add(
        new Event(
            id,
            ID,
            day.atTime(10, 0),
            source,
            type,
            Optional.of(title),
            Optional.of(BigDecimal.ZERO),
            Optional.ofNullable(amount).map(Money::ofYuan),
            Optional.empty()));
    return this;
  }

  /** A loan at another bank in the bureau report of {@code reported}. */
  Story bureauLoan(
      String facility, LocalDate reported, long outstanding, LocalDate maturity, long overdueDays) {
    credit.add(
        new CreditRecord(
            ID,
            reported,
            facility,
            Optional.of("某股份制银行苏州分行"),
            Optional.of(FacilityType.LOAN),
            Optional.of(Money.ofYuan(outstanding)),
            Optional.of(Money.ofYuan(outstanding)),
            Optional.of(Money.ZERO),
            Optional.of(overdueDays),
            Optional.of(overdueDays > 0 ? FiveCategory.SPECIAL_MENTION : FiveCategory.NORMAL),
            Optional.of(maturity)));
    return this;
  }

  Story loan(String id, LocalDate start, LocalDate maturity, long overdueDays, LocalDate seen) {
    return loan(id, "WC01", start, maturity, overdueDays, seen);
  }

  Story loan(
      String id,
      String product,
      LocalDate start,
      LocalDate maturity,
      long overdueDays,
      LocalDate seen) {
    loans.add(
        new Loan(
            id,
            ID,
            Optional.of(product),
            Money.ofYuan(5_000_000),
            Optional.of(Money.ofYuan(5_000_000)),
            Optional.of(new BigDecimal("0.045")),
            start,
            maturity,
            LoanStatus.ACTIVE,
            Optional.of(overdueDays),
            Optional.of(overdueDays > 0 ? FiveCategory.SPECIAL_MENTION : FiveCategory.NORMAL),
            seen));
    return this;
  }

  Story year(int year, long revenue, long profit, long fixedAssets) {
    statements.add(
        new FinancialStatement(
            ID,
            LocalDate.of(year, 12, 31),
            PeriodType.Y,
            Optional.of(Money.ofYuan(revenue)),
            Optional.of(Money.ofYuan(revenue * 8 / 10)),
            Optional.of(Money.ofYuan(profit)),
            Optional.of(Money.ofYuan(revenue)),
            Optional.of(Money.ofYuan(revenue / 2)),
            Optional.of(Money.ofYuan(revenue / 2)),
            Optional.of(Money.ofYuan(revenue * 4 / 10)),
            Optional.of(Money.ofYuan(revenue / 10)),
            Optional.of(Money.ofYuan(revenue / 8)),
            Optional.of(Money.ofYuan(fixedAssets)),
            Optional.of(Money.ofYuan(profit)),
            Optional.empty(),
            Optional.empty()));
    return this;
  }

  static Enterprise enterprise() {
    return new Enterprise(
        ID,
        "福州测试贸易有限公司",
        Optional.empty(),
        Optional.of(new IndustryCode("F51")),
        Optional.empty(),
        Optional.empty(),
        Optional.of(LocalDate.of(2012, 3, 1)),
        Optional.of(80L),
        Optional.empty(),
        Optional.of("RM01"),
        Optional.of(LocalDate.of(2019, 1, 1)),
        Optional.empty(),
        Optional.empty());
  }

  EnterpriseSnapshot snapshot(LocalDate asOf) {
    return new EnterpriseSnapshot(
        asOf, enterprise(), statements, tax, credit, loans, events, flows, balances, List.of());
  }

  DemandInput input(LocalDate asOf, List<ChainLink> links) {
    EnterpriseSnapshot s = snapshot(asOf);
    return new DemandInput(s, new FeatureEngine().compute(s), links);
  }

  DemandInput input(LocalDate asOf) {
    return input(asOf, List.of());
  }

  /**
   * The input a scan builds from a read without flows: the snapshot lacks them until the input asks
   * for them, which {@code reads} counts.
   */
  DemandInput inputWithFlowsOnDemand(LocalDate asOf, List<ChainLink> links, AtomicInteger reads) {
    EnterpriseSnapshot whole = snapshot(asOf);
    return DemandInput.lazy(
        whole.withFlows(List.of()),
        read -> {
          reads.incrementAndGet();
          return read.withFlows(whole.flows());
        },
        withFlows -> new FeatureEngine().compute(withFlows),
        links);
  }
}
