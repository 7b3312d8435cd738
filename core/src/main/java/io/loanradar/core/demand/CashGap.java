package io.loanradar.core.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The funding gap a working-capital need rests on: a gap the firm cannot close itself. It is the
 * shortfall of the firm's own monthly net-flow forecast for the next quarter ({@link FlowForecast},
 * the one sizing shows); without a forecast (under three complete months of flows), a balance that
 * would not last {@link Threshold#LIQUIDITY_COVER_DAYS} days at the current net outflow. A dip the
 * firm's own coming inflows refill is no reason to lend.
 */
final class CashGap {

  private CashGap() {}

  /**
   * The gap's evidence, empty when there is none.
   *
   * @param balance the balance on the as-of date, CNY
   * @param burnPerDay the net outflow per day of the last 60 days, CNY (negative or zero when
   *     inflows kept up)
   */
  static Optional<Evidence> of(
      Facts facts, BigDecimal balance, BigDecimal burnPerDay, TriggerConfig config) {
    LocalDate asOf = facts.asOf();
    FlowForecast forecast = FlowForecast.of(facts);
    if (!forecast.method().equals("NONE")) {
      if (forecast.shortfall().signum() <= 0) {
        return Optional.empty();
      }
      return Optional.of(
          Evidence.of(
              "FORECAST_SHORTFALL",
              asOf,
              forecast.shortfall(),
              "按自身月度净现金流预测，未来一个季度余额将短缺" + Texts.wan(forecast.shortfall()),
              "its own monthly net-flow forecast leaves the balance "
                  + Texts.cny(forecast.shortfall())
                  + " short within the next quarter"));
    }
    double days = config.get(Threshold.LIQUIDITY_COVER_DAYS);
    if (burnPerDay.signum() <= 0
        || balance.compareTo(burnPerDay.multiply(BigDecimal.valueOf(days))) >= 0) {
      return Optional.empty();
    }
    return Optional.of(
        Evidence.of(
            "BALANCE_COVER_SHORT",
            asOf,
            balance,
            "余额"
                + Texts.wan(balance)
                + "不足以支付"
                + Texts.one(days)
                + "天的当前净流出（每天"
                + Texts.wan(burnPerDay)
                + "）",
            "the balance of "
                + Texts.cny(balance)
                + " does not cover "
                + Texts.one(days)
                + " days of the current net outflow ("
                + Texts.cny(burnPerDay)
                + " a day)"));
  }
}
