package io.loanradar.core.feature;

import io.loanradar.core.event.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The names of every feature {@link FeatureEngine} computes, and their definitions. */
public final class FeatureNames {

  /** 注册资本, yuan. */
  public static final String REGISTERED_CAPITAL = "registered_capital";

  /** 近12个月营业收入, yuan. */
  public static final String REVENUE_12M = "revenue_12m";

  /** 总资产, yuan. */
  public static final String TOTAL_ASSETS = "total_assets";

  /** 员工人数. */
  public static final String EMPLOYEES = "employees";

  /** 资产负债率. */
  public static final String DEBT_RATIO = "debt_ratio";

  /** 流动比率. */
  public static final String CURRENT_RATIO = "current_ratio";

  /** 总资产收益率. */
  public static final String ROA = "roa";

  /** 毛利率. */
  public static final String GROSS_MARGIN = "gross_margin";

  /** 净利率. */
  public static final String NET_MARGIN = "net_margin";

  /** 经营现金流 / 流动负债. */
  public static final String CASH_FLOW_COVERAGE = "cash_flow_coverage";

  /** 应收账款周转天数. */
  public static final String RECEIVABLE_DAYS = "receivable_days";

  /** 存货周转天数. */
  public static final String INVENTORY_DAYS = "inventory_days";

  /** 营收同比. */
  public static final String REVENUE_YOY = "revenue_yoy";

  /** 净利润同比. */
  public static final String PROFIT_YOY = "profit_yoy";

  /** 开票销售额同比. */
  public static final String INVOICED_SALES_YOY = "invoiced_sales_yoy";

  /** Slope of monthly inflows over 12 months relative to their mean. */
  public static final String INFLOW_TREND = "inflow_trend";

  /** Coefficient of variation of monthly inflows over 12 months. */
  public static final String INFLOW_VOLATILITY = "inflow_volatility";

  /** Calendar month (1–12) of the highest average inflow. */
  public static final String PEAK_MONTH = "peak_month";

  /** Peak month's average inflow over the average month's. */
  public static final String SEASONAL_AMPLITUDE = "seasonal_amplitude";

  /** Share of the top three suppliers in supplier payments. */
  public static final String SUPPLIER_CONCENTRATION = "supplier_concentration";

  /** Share of the top three buyers in sales receipts. */
  public static final String BUYER_CONCENTRATION = "buyer_concentration";

  /** Lowest end-of-day balance summed over accounts, last 90 days, yuan. */
  public static final String MIN_BALANCE_90D = "min_balance_90d";

  /** Days with an unusually large outflow in the last 90 days. */
  public static final String LARGE_OUTFLOW_COUNT_90D = "large_outflow_count_90d";

  /** 逾期金额, yuan. */
  public static final String OVERDUE_AMOUNT = "overdue_amount";

  /** 最长逾期天数. */
  public static final String MAX_OVERDUE_DAYS = "max_overdue_days";

  /** 授信使用率. */
  public static final String UTILISATION = "utilisation";

  /** 他行融资余额, yuan. */
  public static final String OTHER_BANK_EXPOSURE = "other_bank_exposure";

  /** Worst five-category class, 0 NORMAL … 4 LOSS. */
  public static final String WORST_FIVE_CATEGORY = "worst_five_category";

  /** Sum of event sentiment over 90 days. */
  public static final String NET_SENTIMENT_90D = "net_sentiment_90d";

  /** 合作年限. */
  public static final String RELATIONSHIP_YEARS = "relationship_years";

  /** The windows, in days, of the event counts. */
  public static final List<Integer> EVENT_WINDOWS_DAYS = List.of(30, 90, 365);

  /** The windows, in months, of the flow sums. */
  public static final List<Integer> FLOW_WINDOWS_MONTHS = List.of(3, 6, 12);

  private static final List<FeatureDefinition> DEFINITIONS = build();

  private FeatureNames() {}

  /** The name of an event count, e.g. {@code events_LITIGATION_90d}. */
  public static String events(EventType type, int days) {
    return "events_" + type.name() + "_" + days + "d";
  }

  /** The name of a flow sum: {@code inflow_3m}, {@code outflow_12m}, {@code net_flow_6m} … */
  public static String flow(String kind, int months) {
    return kind + "_" + months + "m";
  }

  /** Every feature the engine computes, in documentation order. */
  public static List<FeatureDefinition> definitions() {
    return DEFINITIONS;
  }

  /** The definition of a name, empty when the engine computes no such feature. */
  public static Optional<FeatureDefinition> definition(String name) {
    return DEFINITIONS.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  private static List<FeatureDefinition> build() {
    List<FeatureDefinition> all = new ArrayList<>(sizeAndRatios());
    all.addAll(flowsCreditAndEvents());
    return List.copyOf(all);
  }

  private static List<FeatureDefinition> sizeAndRatios() {
    List<FeatureDefinition> all = new ArrayList<>();
    String latest = "latest statement known on as-of";
    String ttm = "12 months of the latest statements known";
    String noStmt = "no known statement has the items, or the denominator is 0";
    all.add(def(REGISTERED_CAPITAL, "yuan", "registry", "registered capital unknown"));
    all.add(def(REVENUE_12M, "yuan", ttm, "no known year, two halves or four quarters"));
    all.add(def(TOTAL_ASSETS, "yuan", latest, "no known statement has total assets"));
    all.add(def(EMPLOYEES, "persons", "registry", "head count unknown"));
    all.add(def(DEBT_RATIO, "ratio", latest, noStmt));
    all.add(def(CURRENT_RATIO, "ratio", latest, noStmt));
    all.add(def(ROA, "ratio", ttm + " / latest", noStmt));
    all.add(def(GROSS_MARGIN, "ratio", ttm, noStmt));
    all.add(def(NET_MARGIN, "ratio", ttm, noStmt));
    all.add(def(CASH_FLOW_COVERAGE, "ratio", ttm + " / latest", noStmt));
    all.add(def(RECEIVABLE_DAYS, "days", ttm + " / latest", noStmt));
    all.add(def(INVENTORY_DAYS, "days", ttm + " / latest", noStmt));
    return all;
  }

  private static List<FeatureDefinition> flowsCreditAndEvents() {
    List<FeatureDefinition> all = new ArrayList<>();
    String yoy = "12 months vs the 12 months a year earlier";
    all.add(def(REVENUE_YOY, "ratio", yoy, "either year unknown or the earlier one is 0"));
    all.add(def(PROFIT_YOY, "ratio", yoy, "either year unknown or the earlier one is 0"));
    all.add(def(INVOICED_SALES_YOY, "ratio", yoy, "fewer than 24 known tax months or 0 before"));
    for (int months : FLOW_WINDOWS_MONTHS) {
      String window = months + " calendar months to as-of";
      String missing = "flow history starts after the window's first month";
      all.add(def(flow("inflow", months), "yuan", window, missing));
      all.add(def(flow("outflow", months), "yuan", window, missing));
      all.add(def(flow("net_flow", months), "yuan", window, missing));
    }
    String flow12 = "12 calendar months to as-of";
    String short12 = "flow history shorter than 12 months or mean inflow 0";
    all.add(def(INFLOW_TREND, "ratio per month", flow12, short12));
    all.add(def(INFLOW_VOLATILITY, "ratio", flow12, short12));
    all.add(def(PEAK_MONTH, "month 1-12", "all flow history", "history under 12 months"));
    all.add(def(SEASONAL_AMPLITUDE, "ratio", "all flow history", "history under 12 months"));
    String noCp = "no counterparty total in that direction";
    all.add(def(SUPPLIER_CONCENTRATION, "ratio", "12 months", noCp));
    all.add(def(BUYER_CONCENTRATION, "ratio", "12 months", noCp));
    all.add(def(MIN_BALANCE_90D, "yuan", "90 days to as-of", "no balance known by as-of"));
    all.add(def(LARGE_OUTFLOW_COUNT_90D, "days", "90 days to as-of", "no outflow in 12 months"));
    creditAndEvents(all);
    return all;
  }

  private static void creditAndEvents(List<FeatureDefinition> all) {
    String noCredit = "no bureau report and no loan here known by as-of";
    all.add(def(OVERDUE_AMOUNT, "yuan", "latest bureau report + loans", noCredit));
    all.add(def(MAX_OVERDUE_DAYS, "days", "latest bureau report + loans", noCredit));
    all.add(def(UTILISATION, "ratio", "latest bureau report", "no report or limits sum to 0"));
    all.add(def(OTHER_BANK_EXPOSURE, "yuan", "latest bureau report", "no report known"));
    all.add(def(WORST_FIVE_CATEGORY, "ordinal 0-4", "latest bureau report + loans", noCredit));
    for (EventType type : EventType.values()) {
      for (int days : EVENT_WINDOWS_DAYS) {
        all.add(def(events(type, days), "count", days + " days to as-of", "never (0 = none)"));
      }
    }
    all.add(def(NET_SENTIMENT_90D, "sentiment sum", "90 days to as-of", "no event has one"));
    all.add(def(RELATIONSHIP_YEARS, "years", "to as-of", "start unknown or after as-of"));
  }

  private static FeatureDefinition def(String name, String unit, String window, String missing) {
    return new FeatureDefinition(name, unit, window, missing);
  }
}
