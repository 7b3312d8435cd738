package io.loanradar.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A valid row of every kind, to be spoilt one cell at a time by the tests. */
final class Rows {

  /** The import date of every test. */
  static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

  private Rows() {}

  static Map<String, String> valid(ContractKind kind) {
    Map<String, String> row = new LinkedHashMap<>();
    switch (kind) {
      case ENTERPRISES -> {
        row.put("enterprise_id", "E001");
        row.put("name", "福州示例制造有限公司");
        row.put("uscc", "91350100M000100Y43");
        row.put("industry_code", "C3670");
        row.put("region_code", "350100");
        row.put("registered_capital", "5,000,000.00");
        row.put("established_on", "2010-05-20");
        row.put("employees", "120");
        row.put("branch_id", "FZ01");
        row.put("rm_id", "RM007");
        row.put("relationship_since", "2015-01-01");
        row.put("group_id", "G01");
        row.put("listed", "否");
      }
      case FINANCIALS -> {
        row.put("enterprise_id", "E001");
        row.put("period_end", "2023-12-31");
        row.put("period_type", "Y");
        row.put("revenue", "1000000");
        row.put("operating_cost", "800000");
        row.put("net_profit", "-5000");
        row.put("total_assets", "2000000");
        row.put("total_liabilities", "1200000");
        row.put("current_assets", "900000");
        row.put("current_liabilities", "600000");
        row.put("inventory", "300000");
        row.put("accounts_receivable", "200000");
        row.put("fixed_assets", "700000");
        row.put("operating_cash_flow", "-12000.50");
        row.put("capex", "50000");
        row.put("interest_expense", "30000");
      }
      case TRANSACTIONS -> {
        row.put("txn_id", "T0001");
        row.put("enterprise_id", "E001");
        row.put("account_id", "6222000011112222");
        row.put("booked_at", "2024-03-01T09:30:00");
        row.put("amount", "12,500.00");
        row.put("direction", "IN");
        row.put("counterparty_name", "厦门某某贸易有限公司");
        row.put("counterparty_account", "6222333344445555");
        row.put("counterparty_enterprise_id", "E002");
        row.put("purpose", "SALES_RECEIPT");
        row.put("channel", "网银");
        row.put("balance_after", "-300.00");
        row.put("currency", "CNY");
        row.put("fx_rate", "");
      }
      case TAX -> {
        row.put("enterprise_id", "E001");
        row.put("period", "2024-03");
        row.put("vat_paid", "13000");
        row.put("income_tax_paid", "2500");
        row.put("invoiced_sales", "100000");
        row.put("tax_credit_grade", "A");
      }
      case CREDIT_RECORDS -> {
        row.put("enterprise_id", "E001");
        row.put("report_date", "2024-05-31");
        row.put("facility_id", "F001");
        row.put("lender", "某银行福州分行");
        row.put("facility_type", "LOAN");
        row.put("credit_limit", "1000000");
        row.put("outstanding", "800000");
        row.put("overdue_amount", "0");
        row.put("max_overdue_days", "0");
        row.put("five_category", "正常");
        row.put("maturity_date", "2025-05-31");
      }
      case LOANS -> {
        row.put("loan_id", "L001");
        row.put("enterprise_id", "E001");
        row.put("product_code", "WC01");
        row.put("amount", "1000000");
        row.put("outstanding", "800000");
        row.put("annual_rate", "0.0435");
        row.put("start_date", "2023-07-01");
        row.put("maturity_date", "2024-06-30");
        row.put("status", "ACTIVE");
        row.put("overdue_days", "0");
        row.put("five_category", "NORMAL");
        row.put("status_date", "2024-06-01");
      }
      case EVENTS -> {
        row.put("event_id", "V001");
        row.put("enterprise_id", "E001");
        row.put("occurred_at", "2024-05-10T10:00:00+08:00");
        row.put("source", "NEWS");
        row.put("type", "CONTRACT_WON");
        row.put("title", "中标某市政项目");
        row.put("sentiment", "0.6");
        row.put("amount", "3500000");
        row.put("url", "https://example.com/news/1");
      }
      case RELATIONS -> {
        row.put("from_id", "E001");
        row.put("to_id", "E002");
        row.put("type", "GUARANTEES");
        row.put("weight", "0.5");
        row.put("since", "2020-01-01");
      }
      case PRODUCTS -> {
        row.put("product_code", "WC01");
        row.put("name", "流动资金贷款");
        row.put("type", "WORKING_CAPITAL");
        row.put("min_amount", "100000");
        row.put("max_amount", "10000000");
        row.put("min_tenor_months", "3");
        row.put("max_tenor_months", "12");
        row.put("rate_floor", "0.03");
        row.put("rate_cap", "0.08");
        row.put("scenarios", "SEASONAL_PURCHASE;LIQUIDITY_NEED");
        row.put("eligibility", "grade in ['A','B'] && debt_ratio < 0.7");
        row.put("collateral_required", "否");
        row.put("industries_excluded", "K70;J66");
      }
    }
    assertThat(row.keySet()).containsExactlyElementsOf(kind.columnNames());
    return row;
  }

  /** The valid row of a kind with some cells replaced: column, value, column, value… */
  static List<String> cells(ContractKind kind, String... overrides) {
    Map<String, String> row = valid(kind);
    for (int i = 0; i < overrides.length; i += 2) {
      if (!row.containsKey(overrides[i])) {
        throw new IllegalArgumentException(kind + " has no column " + overrides[i]);
      }
      row.put(overrides[i], overrides[i + 1]);
    }
    return List.copyOf(row.values());
  }

  static RowResult check(ContractKind kind, String... overrides) {
    return RowValidator.forKind(kind, TODAY).check(cells(kind, overrides));
  }

  static ContractRow accepted(ContractKind kind, String... overrides) {
    RowResult result = check(kind, overrides);
    assertThat(result).isInstanceOf(RowResult.Accepted.class);
    return ((RowResult.Accepted) result).row();
  }

  static List<Violation> rejected(ContractKind kind, String... overrides) {
    RowResult result = check(kind, overrides);
    assertThat(result).isInstanceOf(RowResult.Rejected.class);
    return ((RowResult.Rejected) result).violations();
  }
}
