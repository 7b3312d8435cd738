package io.loanradar.core.demand;

import io.loanradar.core.event.Event;
import io.loanradar.core.event.EventType;
import io.loanradar.core.finance.Money;
import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 季节性备货: in earlier years supplier payments peaked in a calendar month that is about to come again,
 * and this year the run-up is stronger, the flow forecast runs short, or purchase orders arrive.
 */
final class SeasonalPurchaseDetector implements Detector {

  @Override
  public Scenario scenario() {
    return Scenario.SEASONAL_PURCHASE;
  }

  @Override
  public Optional<Trigger> detect(DemandInput input, Facts facts, TriggerConfig config) {
    LocalDate asOf = facts.asOf();
    // a stock-up loan is paid out to the supplier against a purchase order or contract (受托支付),
    // so without one there is nothing yet to finance, however the payments have run; asked first,
    // as it rules out most firms before their flows are summed
    List<Event> orders = facts.events(EventType.PURCHASE_ORDER, 90);
    if (config.whole(Threshold.SEASONAL_ORDER_REQUIRED) > 0 && orders.isEmpty()) {
      return Optional.empty();
    }
    Map<YearMonth, BigDecimal> payments = facts.monthly(Direction.OUT, Purpose.SUPPLIER_PAYMENT);
    Optional<YearMonth> first = facts.firstFlowMonth();
    if (first.isEmpty()) {
      return Optional.empty();
    }
    YearMonth current = YearMonth.from(asOf);
    List<YearMonth> complete = new ArrayList<>();
    for (YearMonth m = first.get().plusMonths(1); m.isBefore(current); m = m.plusMonths(1)) {
      complete.add(m);
    }
    if (complete.size() < 12) {
      return Optional.empty();
    }
    List<YearMonth> lastYear = complete.subList(complete.size() - 12, complete.size());
    BigDecimal mean =
        lastYear.stream()
            .map(m -> payments.getOrDefault(m, BigDecimal.ZERO))
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    if (mean.signum() <= 0) {
      return Optional.empty();
    }
    LocalDate horizon = asOf.plusDays(config.whole(Threshold.SEASONAL_LOOKAHEAD_DAYS));
    YearMonth peak = null;
    BigDecimal peakPaid = BigDecimal.ZERO;
    for (YearMonth next = current.plusMonths(1);
        !next.atDay(1).isAfter(horizon);
        next = next.plusMonths(1)) {
      YearMonth before = next.minusYears(1);
      BigDecimal paid = payments.getOrDefault(before, BigDecimal.ZERO);
      if (complete.contains(before)
          && Texts.ratio(paid, mean) >= config.get(Threshold.SEASONAL_PEAK_RATIO)) {
        peak = next;
        peakPaid = paid;
        break;
      }
    }
    if (peak == null) {
      return Optional.empty();
    }
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(
        Evidence.of(
            "PURCHASE_PEAK_LAST_YEAR",
            peak.minusYears(1).atEndOfMonth(),
            peakPaid,
            peak.minusYears(1)
                + "供应商付款"
                + Texts.wan(peakPaid)
                + "，为当年月均"
                + Texts.wan(mean)
                + "的"
                + Texts.one(Texts.ratio(peakPaid, mean))
                + "倍，"
                + peak
                + "将再到采购高峰",
            "supplier payments "
                + Texts.cny(peakPaid)
                + " in "
                + peak.minusYears(1)
                + ", "
                + Texts.one(Texts.ratio(peakPaid, mean))
                + " times that year's monthly average "
                + Texts.cny(mean)
                + ": the purchasing peak comes again in "
                + peak));
    int points = 1;
    // this year's intent: a stronger run-up than a year earlier, or purchase orders placed
    BigDecimal runUp = facts.lastDays(Direction.OUT, Purpose.SUPPLIER_PAYMENT, 60);
    BigDecimal runUpYearAgo =
        facts.sum(
            Direction.OUT, Purpose.SUPPLIER_PAYMENT, asOf.minusDays(424), asOf.minusDays(365));
    double growth = Texts.ratio(runUp, runUpYearAgo) - 1;
    boolean intent = false;
    if (runUpYearAgo.signum() > 0 && growth >= config.get(Threshold.SEASONAL_RUNUP_GROWTH)) {
      points++;
      intent = true;
      evidence.add(
          Evidence.of(
              "PURCHASE_RUNUP",
              asOf,
              runUp,
              "近60天供应商付款" + Texts.wan(runUp) + "，较上年同期增长" + Texts.pct(growth),
              "supplier payments of the last 60 days "
                  + Texts.cny(runUp)
                  + ", up "
                  + Texts.pct(growth)
                  + " on a year earlier"));
    }
    if (!orders.isEmpty()) {
      points++;
      intent = true;
      orders.forEach(e -> evidence.add(Detector.event(e, "采购订单", "purchase order")));
    }
    // the funding gap: the cash will not carry the season — the forecast runs short, or last
    // year's peak month alone cost more than the cash in hand
    boolean gap = false;
    FlowForecast forecast = FlowForecast.of(facts);
    if (forecast.shortfall().signum() > 0) {
      points++;
      gap = true;
      evidence.add(
          Evidence.of(
              "FORECAST_SHORTFALL",
              forecast.shortfallFrom().orElse(peak.atDay(1)),
              forecast.shortfall(),
              "按历史季节性预测，下季度资金缺口" + Texts.wan(forecast.shortfall()),
              "seasonal forecast of the next quarter falls short by "
                  + Texts.cny(forecast.shortfall())));
    }
    if (facts.hasBalances()) {
      BigDecimal cash = facts.balanceOn(asOf);
      if (peakPaid.compareTo(cash) > 0) {
        gap = true;
        evidence.add(
            Evidence.of(
                "PEAK_OVER_CASH",
                asOf,
                cash,
                "账户余额" + Texts.wan(cash) + "，不足以支付上年同期高峰月采购" + Texts.wan(peakPaid),
                "balance "
                    + Texts.cny(cash)
                    + " does not cover last year's peak month of purchases "
                    + Texts.cny(peakPaid)));
      }
    }
    if (!intent || !gap || points < config.whole(Threshold.SEASONAL_MIN_POINTS)) {
      return Optional.empty();
    }
    Optional<BigDecimal> ordered =
        orders.stream()
            .map(Event::amount)
            .flatMap(Optional::stream)
            .map(Money::yuan)
            .reduce(BigDecimal::add);
    return Optional.of(new Trigger(scenario(), asOf, points, ordered, peak.atDay(1), evidence));
  }
}
