package io.loanradar.core.contract;

import static io.loanradar.core.contract.Column.opt;
import static io.loanradar.core.contract.Column.req;

import io.loanradar.core.contract.ColumnType.Amount;
import io.loanradar.core.contract.ColumnType.Code;
import io.loanradar.core.contract.ColumnType.Sign;
import io.loanradar.core.contract.ColumnType.Text;
import io.loanradar.core.credit.FacilityType;
import io.loanradar.core.credit.FiveCategory;
import io.loanradar.core.credit.LoanStatus;
import io.loanradar.core.customer.RelationType;
import io.loanradar.core.demand.Scenario;
import io.loanradar.core.event.EventSource;
import io.loanradar.core.event.EventType;
import io.loanradar.core.finance.PeriodType;
import io.loanradar.core.finance.TaxCreditGrade;
import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import io.loanradar.core.product.ProductType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of input file of the data contract, each with its columns and key. */
public enum ContractKind {
  /** 企业客户 — the corporate customers. */
  ENTERPRISES(
      "enterprises",
      List.of("enterprise_id"),
      req("enterprise_id", new Text(32)),
      req("name", new Text(200)),
      opt("uscc", new ColumnType.UsccCode()),
      opt("industry_code", new ColumnType.Industry()),
      opt("region_code", new ColumnType.Region()),
      opt("registered_capital", new Amount(Sign.NON_NEGATIVE)),
      opt("established_on", new ColumnType.Date(true)),
      opt("employees", new ColumnType.Whole(0)),
      opt("branch_id", new Text(32)),
      opt("rm_id", new Text(32)),
      opt("relationship_since", new ColumnType.Date(false)),
      opt("group_id", new Text(32)),
      opt("listed", new ColumnType.Flag())),
  /** 财务报表 — financial statements. */
  FINANCIALS(
      "financials",
      List.of("enterprise_id", "period_end", "period_type"),
      req("enterprise_id", new Text(32)),
      req("period_end", new ColumnType.Date(false)),
      req("period_type", Code.of(PeriodType.class, "年", "Y", "半年", "H", "季", "Q")),
      opt("revenue", new Amount(Sign.NON_NEGATIVE)),
      opt("operating_cost", new Amount(Sign.NON_NEGATIVE)),
      opt("net_profit", new Amount(Sign.ANY)),
      opt("total_assets", new Amount(Sign.NON_NEGATIVE)),
      opt("total_liabilities", new Amount(Sign.NON_NEGATIVE)),
      opt("current_assets", new Amount(Sign.NON_NEGATIVE)),
      opt("current_liabilities", new Amount(Sign.NON_NEGATIVE)),
      opt("inventory", new Amount(Sign.NON_NEGATIVE)),
      opt("accounts_receivable", new Amount(Sign.NON_NEGATIVE)),
      opt("fixed_assets", new Amount(Sign.NON_NEGATIVE)),
      opt("operating_cash_flow", new Amount(Sign.ANY)),
      opt("capex", new Amount(Sign.NON_NEGATIVE)),
      opt("interest_expense", new Amount(Sign.NON_NEGATIVE))),
  /** 交易流水 — account flows. */
  TRANSACTIONS(
      "transactions",
      List.of("txn_id"),
      req("txn_id", new Text(64)),
      req("enterprise_id", new Text(32)),
      req("account_id", new Text(40)),
      req("booked_at", new ColumnType.DateTime(true)),
      req("amount", new Amount(Sign.POSITIVE)),
      req("direction", Code.of(Direction.class, "C", "IN", "D", "OUT", "贷", "IN", "借", "OUT")),
      opt("counterparty_name", new Text(200)),
      opt("counterparty_account", new Text(40)),
      opt("counterparty_enterprise_id", new Text(32)),
      opt("purpose", Code.of(Purpose.class)),
      opt("channel", new Text(20)),
      opt("balance_after", new Amount(Sign.ANY)),
      opt("currency", new ColumnType.Currency()),
      opt("fx_rate", new ColumnType.Decimal(BigDecimal.ZERO, new BigDecimal("100000"), true))),
  /** 纳税记录 — monthly tax records. */
  TAX(
      "tax",
      List.of("enterprise_id", "period"),
      req("enterprise_id", new Text(32)),
      req("period", new ColumnType.Month()),
      opt("vat_paid", new Amount(Sign.NON_NEGATIVE)),
      opt("income_tax_paid", new Amount(Sign.NON_NEGATIVE)),
      opt("invoiced_sales", new Amount(Sign.NON_NEGATIVE)),
      opt("tax_credit_grade", Code.of(TaxCreditGrade.class))),
  /** 征信 — credit-bureau lines. */
  CREDIT_RECORDS(
      "credit_records",
      List.of("enterprise_id", "report_date", "facility_id"),
      req("enterprise_id", new Text(32)),
      req("report_date", new ColumnType.Date(true)),
      req("facility_id", new Text(64)),
      opt("lender", new Text(200)),
      opt("facility_type", Code.of(FacilityType.class)),
      opt("credit_limit", new Amount(Sign.NON_NEGATIVE)),
      opt("outstanding", new Amount(Sign.NON_NEGATIVE)),
      opt("overdue_amount", new Amount(Sign.NON_NEGATIVE)),
      opt("max_overdue_days", new ColumnType.Whole(0)),
      opt("five_category", fiveCategory()),
      // LoanRadar's addition to the contract: when the facility falls due (到期日), as bureau
      // reports give it; refinancing detects other banks' loans maturing from it
      opt("maturity_date", new ColumnType.Date(false))),
  /** 本行贷款 — this bank's loans. */
  LOANS(
      "loans",
      List.of("loan_id"),
      req("loan_id", new Text(64)),
      req("enterprise_id", new Text(32)),
      opt("product_code", new Text(32)),
      req("amount", new Amount(Sign.POSITIVE)),
      opt("outstanding", new Amount(Sign.NON_NEGATIVE)),
      opt("annual_rate", new ColumnType.Decimal(BigDecimal.ZERO, new BigDecimal("0.36"), false)),
      req("start_date", new ColumnType.Date(false)),
      req("maturity_date", new ColumnType.Date(false)),
      req("status", Code.of(LoanStatus.class)),
      opt("overdue_days", new ColumnType.Whole(0)),
      opt("five_category", fiveCategory()),
      opt("status_date", new ColumnType.Date(true))),
  /** 事件 — news, registry, court, tax-bureau and digital-behaviour events. */
  EVENTS(
      "events",
      List.of("event_id"),
      req("event_id", new Text(64)),
      req("enterprise_id", new Text(32)),
      req("occurred_at", new ColumnType.DateTime(true)),
      req("source", Code.of(EventSource.class)),
      req("type", Code.of(EventType.class)),
      opt("title", new Text(500)),
      opt("sentiment", new ColumnType.Decimal(BigDecimal.ONE.negate(), BigDecimal.ONE, false)),
      opt("amount", new Amount(Sign.ANY)),
      opt("url", new ColumnType.Url())),
  /** 关联关系 — links between enterprises. */
  RELATIONS(
      "relations",
      List.of("from_id", "to_id", "type"),
      req("from_id", new Text(232)),
      req("to_id", new Text(232)),
      req("type", Code.of(RelationType.class)),
      opt("weight", new ColumnType.Decimal(BigDecimal.ZERO, BigDecimal.ONE, false)),
      opt("since", new ColumnType.Date(false))),
  /** 贷款产品 — the bank's loan products. */
  PRODUCTS(
      "products",
      List.of("product_code"),
      req("product_code", new Text(32)),
      req("name", new Text(200)),
      req("type", Code.of(ProductType.class)),
      opt("min_amount", new Amount(Sign.NON_NEGATIVE)),
      opt("max_amount", new Amount(Sign.NON_NEGATIVE)),
      opt("min_tenor_months", new ColumnType.Whole(0)),
      opt("max_tenor_months", new ColumnType.Whole(0)),
      opt("rate_floor", new ColumnType.Decimal(BigDecimal.ZERO, new BigDecimal("0.36"), false)),
      opt("rate_cap", new ColumnType.Decimal(BigDecimal.ZERO, new BigDecimal("0.36"), false)),
      opt("scenarios", new ColumnType.CodeList(Code.of(Scenario.class))),
      opt("eligibility", new Text(2000)),
      opt("collateral_required", new ColumnType.Flag()),
      opt("industries_excluded", new Text(500)));

  private final String fileStem;
  private final List<String> key;
  private final List<Column> columns;

  ContractKind(String fileStem, List<String> key, Column... columns) {
    this.fileStem = fileStem;
    this.key = List.copyOf(key);
    this.columns = List.of(columns);
  }

  private static Code fiveCategory() {
    return Code.of(
        FiveCategory.class,
        "正常",
        "NORMAL",
        "关注",
        "SPECIAL_MENTION",
        "次级",
        "SUBSTANDARD",
        "可疑",
        "DOUBTFUL",
        "损失",
        "LOSS");
  }

  /** The file name without extension, e.g. {@code credit_records}. */
  public String fileStem() {
    return fileStem;
  }

  /** The key columns, in order. */
  public List<String> key() {
    return key;
  }

  /** Every contract column, in the contract's order. */
  public List<Column> columns() {
    return columns;
  }

  /** The names of every column, in order. */
  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  /** Position of a column in {@link #columns()}. */
  public int indexOf(String column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name() + " has no column " + column);
  }

  /** The kind whose file stem is given, e.g. {@code loans}. */
  public static Optional<ContractKind> ofFileStem(String stem) {
    String s = stem.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.fileStem.equals(s)).findFirst();
  }
}
