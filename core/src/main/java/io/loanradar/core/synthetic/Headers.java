package io.loanradar.core.synthetic;

import java.util.List;

/** The column names of every file, in the data contract's order. */
final class Headers {

  static final List<String> ENTERPRISES =
      List.of(
          "enterprise_id",
          "name",
          "uscc",
          "industry_code",
          "region_code",
          "registered_capital",
          "established_on",
          "employees",
          "branch_id",
          "rm_id",
          "relationship_since",
          "group_id",
          "listed");
  static final List<String> FINANCIALS =
      List.of(
          "enterprise_id",
          "period_end",
          "period_type",
          "revenue",
          "operating_cost",
          "net_profit",
          "total_assets",
          "total_liabilities",
          "current_assets",
          "current_liabilities",
          "inventory",
          "accounts_receivable",
          "fixed_assets",
          "operating_cash_flow",
          "capex",
          "interest_expense");
  static final List<String> TRANSACTIONS =
      List.of(
          "txn_id",
          "enterprise_id",
          "account_id",
          "booked_at",
          "amount",
          "direction",
          "counterparty_name",
          "counterparty_account",
          "counterparty_enterprise_id",
          "purpose",
          "channel",
          "balance_after",
          "currency");
  static final List<String> TAX =
      List.of(
          "enterprise_id",
          "period",
          "vat_paid",
          "income_tax_paid",
          "invoiced_sales",
          "tax_credit_grade");
  static final List<String> CREDIT_RECORDS =
      List.of(
          "enterprise_id",
          "report_date",
          "facility_id",
          "lender",
          "facility_type",
          "credit_limit",
          "outstanding",
          "overdue_amount",
          "max_overdue_days",
          "five_category");
  static final List<String> LOANS =
      List.of(
          "loan_id",
          "enterprise_id",
          "product_code",
          "amount",
          "outstanding",
          "annual_rate",
          "start_date",
          "maturity_date",
          "status",
          "overdue_days",
          "five_category",
          "status_date");
  static final List<String> EVENTS =
      List.of(
          "event_id",
          "enterprise_id",
          "occurred_at",
          "source",
          "type",
          "title",
          "sentiment",
          "amount",
          "url");
  static final List<String> RELATIONS = List.of("from_id", "to_id", "type", "weight", "since");
  static final List<String> PRODUCTS =
      List.of(
          "product_code",
          "name",
          "type",
          "min_amount",
          "max_amount",
          "min_tenor_months",
          "max_tenor_months",
          "rate_floor",
          "rate_cap",
          "scenarios",
          "eligibility",
          "collateral_required",
          "industries_excluded");
  static final List<String> TRUTH =
      List.of(
          "story_id",
          "enterprise_id",
          "story",
          "signal_from",
          "outcome_on",
          "outcome",
          "amount",
          "loan_id",
          "related_enterprise_id",
          "note");

  private Headers() {}
}
