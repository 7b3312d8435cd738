package io.loanradar.core.contract;

import io.loanradar.core.credit.CreditRecord;
import io.loanradar.core.credit.FacilityType;
import io.loanradar.core.credit.FiveCategory;
import io.loanradar.core.credit.Loan;
import io.loanradar.core.credit.LoanStatus;
import io.loanradar.core.customer.Enterprise;
import io.loanradar.core.customer.EnterpriseId;
import io.loanradar.core.customer.IndustryCode;
import io.loanradar.core.customer.RegionCode;
import io.loanradar.core.customer.Relation;
import io.loanradar.core.customer.RelationType;
import io.loanradar.core.customer.Uscc;
import io.loanradar.core.demand.Scenario;
import io.loanradar.core.event.Event;
import io.loanradar.core.event.EventSource;
import io.loanradar.core.event.EventType;
import io.loanradar.core.finance.FinancialStatement;
import io.loanradar.core.finance.Money;
import io.loanradar.core.finance.PeriodType;
import io.loanradar.core.finance.TaxCreditGrade;
import io.loanradar.core.finance.TaxRecord;
import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import io.loanradar.core.flow.Transaction;
import io.loanradar.core.product.Product;
import io.loanradar.core.product.ProductType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Turns accepted contract rows into the domain records of each kind. */
public final class Records {

  private Records() {}

  /** An {@link ContractKind#ENTERPRISES} row as an enterprise. */
  public static Enterprise enterprise(ContractRow r) {
    expect(r, ContractKind.ENTERPRISES);
    return new Enterprise(
        new EnterpriseId(r.text("enterprise_id")),
        r.text("name"),
        opt(r.text("uscc")).map(Uscc::new),
        opt(r.text("industry_code")).map(IndustryCode::new),
        opt(r.text("region_code")).map(RegionCode::new),
        opt(r.decimal("registered_capital")),
        opt(r.date("established_on")),
        opt(r.whole("employees")),
        opt(r.text("branch_id")),
        opt(r.text("rm_id")),
        opt(r.date("relationship_since")),
        opt(r.text("group_id")),
        opt(r.flag("listed")));
  }

  /** A {@link ContractKind#FINANCIALS} row as a statement. */
  public static FinancialStatement statement(ContractRow r) {
    expect(r, ContractKind.FINANCIALS);
    return new FinancialStatement(
        id(r),
        r.date("period_end"),
        PeriodType.valueOf(r.text("period_type")),
        money(r, "revenue"),
        money(r, "operating_cost"),
        money(r, "net_profit"),
        money(r, "total_assets"),
        money(r, "total_liabilities"),
        money(r, "current_assets"),
        money(r, "current_liabilities"),
        money(r, "inventory"),
        money(r, "accounts_receivable"),
        money(r, "fixed_assets"),
        money(r, "operating_cash_flow"),
        money(r, "capex"),
        money(r, "interest_expense"));
  }

  /** A {@link ContractKind#TRANSACTIONS} row as a transaction. */
  public static Transaction transaction(ContractRow r) {
    expect(r, ContractKind.TRANSACTIONS);
    return new Transaction(
        r.text("txn_id"),
        id(r),
        r.text("account_id"),
        r.dateTime("booked_at"),
        new Money(r.decimal("amount")),
        Direction.valueOf(r.text("direction")),
        opt(r.text("counterparty_name")),
        opt(r.text("counterparty_account")),
        opt(r.text("counterparty_enterprise_id")).map(EnterpriseId::new),
        code(r, "purpose", Purpose::valueOf),
        opt(r.text("channel")),
        money(r, "balance_after"),
        opt(r.text("currency")).orElse("CNY"),
        opt(r.decimal("fx_rate")));
  }

  /** A {@link ContractKind#TAX} row as a tax record. */
  public static TaxRecord tax(ContractRow r) {
    expect(r, ContractKind.TAX);
    return new TaxRecord(
        id(r),
        r.month("period"),
        money(r, "vat_paid"),
        money(r, "income_tax_paid"),
        money(r, "invoiced_sales"),
        code(r, "tax_credit_grade", TaxCreditGrade::valueOf));
  }

  /** A {@link ContractKind#CREDIT_RECORDS} row as a bureau line. */
  public static CreditRecord creditRecord(ContractRow r) {
    expect(r, ContractKind.CREDIT_RECORDS);
    return new CreditRecord(
        id(r),
        r.date("report_date"),
        r.text("facility_id"),
        opt(r.text("lender")),
        code(r, "facility_type", FacilityType::valueOf),
        money(r, "credit_limit"),
        money(r, "outstanding"),
        money(r, "overdue_amount"),
        opt(r.whole("max_overdue_days")),
        code(r, "five_category", FiveCategory::valueOf),
        opt(r.date("maturity_date")));
  }

  /**
   * A {@link ContractKind#LOANS} row as a loan.
   *
   * @param importDate the status date used when the row gives none
   */
  public static Loan loan(ContractRow r, LocalDate importDate) {
    expect(r, ContractKind.LOANS);
    return new Loan(
        r.text("loan_id"),
        id(r),
        opt(r.text("product_code")),
        new Money(r.decimal("amount")),
        money(r, "outstanding"),
        opt(r.decimal("annual_rate")),
        r.date("start_date"),
        r.date("maturity_date"),
        LoanStatus.valueOf(r.text("status")),
        opt(r.whole("overdue_days")),
        code(r, "five_category", FiveCategory::valueOf),
        opt(r.date("status_date")).orElse(importDate));
  }

  /** An {@link ContractKind#EVENTS} row as an event. */
  public static Event event(ContractRow r) {
    expect(r, ContractKind.EVENTS);
    return new Event(
        r.text("event_id"),
        id(r),
        r.dateTime("occurred_at"),
        EventSource.valueOf(r.text("source")),
        EventType.valueOf(r.text("type")),
        opt(r.text("title")),
        opt(r.decimal("sentiment")),
        money(r, "amount"),
        opt(r.text("url")));
  }

  /** A {@link ContractKind#RELATIONS} row as a relation. */
  public static Relation relation(ContractRow r) {
    expect(r, ContractKind.RELATIONS);
    return new Relation(
        r.text("from_id"),
        r.text("to_id"),
        RelationType.valueOf(r.text("type")),
        opt(r.decimal("weight")),
        opt(r.date("since")));
  }

  /** A {@link ContractKind#PRODUCTS} row as a product. */
  public static Product product(ContractRow r) {
    expect(r, ContractKind.PRODUCTS);
    return new Product(
        r.text("product_code"),
        r.text("name"),
        ProductType.valueOf(r.text("type")),
        money(r, "min_amount"),
        money(r, "max_amount"),
        opt(r.whole("min_tenor_months")),
        opt(r.whole("max_tenor_months")),
        opt(r.decimal("rate_floor")),
        opt(r.decimal("rate_cap")),
        split(r.text("scenarios")).stream().map(Scenario::valueOf).toList(),
        opt(r.text("eligibility")),
        Boolean.TRUE.equals(r.flag("collateral_required")),
        split(r.text("industries_excluded")));
  }

  private static List<String> split(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static EnterpriseId id(ContractRow r) {
    return new EnterpriseId(r.text("enterprise_id"));
  }

  private static Optional<Money> money(ContractRow r, String column) {
    BigDecimal value = r.decimal(column);
    return value == null ? Optional.empty() : Optional.of(new Money(value));
  }

  private static <E> Optional<E> code(ContractRow r, String column, Function<String, E> parse) {
    return opt(r.text(column)).map(parse);
  }

  private static <T> Optional<T> opt(T value) {
    return Optional.ofNullable(value);
  }

  private static void expect(ContractRow r, ContractKind kind) {
    if (r.kind() != kind) {
      throw new IllegalArgumentException("expected a " + kind + " row, got " + r.kind());
    }
  }
}
