package io.loanradar.core.demand;

import java.util.Locale;

/**
 * The configurable numbers of the scenario detectors, with their defaults. A threshold's key (for
 * configuration) is its name in lower case with dashes, e.g. {@code liquidity-min-points}.
 */
public enum Threshold {
  SEASONAL_PEAK_RATIO(
      1.3,
      "a calendar month is a purchasing peak when, in an earlier year, its"
          + " supplier payments reached this multiple of that year's monthly average"),
  SEASONAL_LOOKAHEAD_DAYS(75, "the peak month must start within this many days"),
  SEASONAL_RUNUP_GROWTH(
      0.2,
      "run-up: supplier payments of the last 60 days above the same days a"
          + " year earlier by at least this share"),
  SEASONAL_ORDER_REQUIRED(
      1,
      "1: this year's stock-up must show in a purchase order within 90 days (a stock-up loan pays"
          + " the supplier against one); 0: a run-up in supplier payments is enough"),
  SEASONAL_MIN_POINTS(2, "signals needed: peak ahead, run-up, forecast shortfall, purchase order"),
  EXPANSION_EVENT_DAYS(90, "window for expansion events"),
  EXPANSION_CAPEX_SURGE(2.0, "capex of the last 3 months over the monthly average of the 9 before"),
  EXPANSION_PAYROLL_GROWTH(
      0.2, "salaries of the last 3 months over the same months a year" + " earlier"),
  EXPANSION_MIN_POINTS(
      2,
      "points needed (investment announcement, new project 2 each; capital"
          + " increase, contract won, capex surge, payroll growth 1 each)"),
  EXPANSION_FINANCED_SHARE(0.6, "share of an announced investment a loan would finance"),
  EQUIPMENT_EVENT_DAYS(90, "window for equipment purchases"),
  EQUIPMENT_CAPEX_SURGE(
      2.0, "capex of the last 60 days over the average 60 days of the year" + " before"),
  EQUIPMENT_FIXED_ASSET_GROWTH(
      0.15, "fixed assets of the latest statement over those a year" + " before"),
  EQUIPMENT_MIN_POINTS(
      2, "points needed (equipment purchase 2; capex surge, fixed-asset" + " growth 1 each)"),
  EQUIPMENT_PURCHASE_REQUIRED(
      1,
      "1: an equipment purchase (order or contract) within equipment-event-days is required, an"
          + " equipment loan finances named equipment; 0: capex and fixed assets alone may fire"),
  EQUIPMENT_FINANCED_SHARE(0.7, "share of an equipment price a loan would finance"),
  LIQUIDITY_BALANCE_DROP(0.5, "balance today at most this share of the balance 60 days ago"),
  LIQUIDITY_SLIDE_DAYS(
      21,
      "a slide, not a dip: this many days ago the balance was already at most the drop share of"
          + " the balance 60 days before that (0: today alone)"),
  LIQUIDITY_NET_OUT_WEEKS(
      5, "of the last 8 weeks, at least this many with outflows above" + " inflows"),
  LIQUIDITY_COLLECTION_DROP(
      0.7,
      "sales receipts of the last 60 days at most this share of the same days a year earlier"
          + " (without a year of flows: the 60-day average of the 180 days before)"),
  LIQUIDITY_SALES_HOLD(
      0.85,
      "the firm still sells: invoiced sales of the last 2 complete months at least this share of"
          + " the same months a year earlier"),
  LIQUIDITY_MIN_SALES_YOY(
      0.8,
      "sound firm: invoiced sales of the last 3 complete months at least this share of the same"
          + " months a year earlier (below it, shrinking sales are for early warning)"),
  LIQUIDITY_RECEIVABLE_DAYS(90, "receivable days at or above this count as stretched"),
  LIQUIDITY_MIN_POINTS(
      2,
      "signals needed (balance slide, weeks of net outflow, collections"
          + " falling, receivables stretched, RM note)"),
  LIQUIDITY_COVER_DAYS(
      90,
      "without a flow forecast: a need when the balance covers fewer days than this of the"
          + " current net outflow"),
  LIQUIDITY_MAX_DEBT_RATIO(0.85, "sound firm: debt ratio at most this"),
  LIQUIDITY_MIN_SENTIMENT(-1.0, "sound firm: 90-day news sentiment at least this"),
  DIGITAL_DAYS(30, "window for online-banking events"),
  DIGITAL_MIN_POINTS(
      2,
      "points needed (product viewed, calculator used 1 each; pre-application"
          + " 2; three or more views 2)"),
  SUPPLY_RECEIVABLE_DAYS(60, "receivable days at or above this strain a supplier"),
  SUPPLY_PAYMENT_GROWTH(
      0.2,
      "supplier payments of the last 60 days above the same days a year"
          + " earlier by at least this share"),
  SUPPLY_CORE_PAYMENT_DROP(
      0.5,
      "the core enterprise pays in part: its average payment of the last 60 days at most this"
          + " share of its average payment over the year before"),
  SUPPLY_CORE_DOCUMENT_REQUIRED(
      1,
      "1: the business to finance must be an order or contract within 90 days that names the core"
          + " enterprise; 0: the core paying in part is enough"),
  SUPPLY_MIN_POINTS(
      1,
      "strain signals needed besides the link (net outflow 3 months,"
          + " receivables, purchase order or contract, supplier payments up)"),
  REFINANCE_DAYS(90, "a loan here maturing within this many days"),
  REFINANCE_MIN_TENOR_MONTHS(
      12,
      "a loan granted for fewer months than this financed one cycle and is repaid from it, no"
          + " renewal (0: any tenor)"),
  REFINANCE_INTENT_DAYS(
      90,
      "the customer's word is required: an RM note or a digital loan event (product viewed,"
          + " calculator used, pre-application started) within this many days (0: not required)"),
  REFINANCE_MAX_OVERDUE_DAYS(0, "renewal only when no loan here is overdue more than this");

  private final double defaultValue;
  private final String description;

  Threshold(double defaultValue, String description) {
    this.defaultValue = defaultValue;
    this.description = description;
  }

  /** The value used when configuration does not set one. */
  public double defaultValue() {
    return defaultValue;
  }

  /** What the number means. */
  public String description() {
    return description;
  }

  /** The configuration key, e.g. {@code liquidity-min-points}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
