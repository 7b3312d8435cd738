package io.loanradar.core.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A detected scenario with its funding estimate: how much and by when, and how that was found.
 *
 * @param trigger the detection and its evidence
 * @param amount estimated loan amount, CNY yuan, rounded up to 10,000
 * @param amountMethod {@code FACTS} (the amount the evidence names), {@code FLOW_FORECAST} (the
 *     seasonal forecast's shortfall), {@code WORKING_CAPITAL_FORMULA} (the regulator's sizing) or
 *     {@code ONE_MONTH_OUTFLOWS} (nothing better known)
 * @param expectedBy the day the need is expected
 * @param forecast the flow forecast for the next quarter
 * @param workingCapital the regulator's sizing, empty without a year statement
 */
public record Need(
    Trigger trigger,
    BigDecimal amount,
    String amountMethod,
    LocalDate expectedBy,
    FlowForecast forecast,
    Optional<WorkingCapitalNeed> workingCapital) {

  /** The scenario. */
  public Scenario scenario() {
    return trigger.scenario();
  }

  /** The method behind the amount and the date, in Chinese and English, for evidence. */
  public Evidence method() {
    String wc =
        workingCapital
            .map(
                w ->
                    "；营运资金测算缺口"
                        + Texts.wan(w.gap())
                        + "（"
                        + w.periodEnd()
                        + "年报，默认项 "
                        + String.join(" ", w.defaultsUsed())
                        + "）")
            .orElse("；无年报，未做营运资金测算");
    String wcEn =
        workingCapital
            .map(
                w ->
                    ", working-capital formula gap "
                        + Texts.cny(w.gap())
                        + " (year to "
                        + w.periodEnd()
                        + ", defaults "
                        + String.join(" ", w.defaultsUsed())
                        + ")")
            .orElse(", no year statement for the working-capital formula");
    return Evidence.of(
        "FUNDING_ESTIMATE",
        trigger.detectedOn(),
        amount,
        ("估算金额"
                + Texts.wan(amount)
                + "（方法 "
                + amountMethod
                + "），预计"
                + expectedBy
                + "前需要；流水预测（"
                + forecast.method()
                + "）下季度缺口"
                + Texts.wan(forecast.shortfall())
                + wc)
            .replace(';', '，'),
        ("estimated "
                + Texts.cny(amount)
                + " ("
                + amountMethod
                + ") needed by "
                + expectedBy
                + ", flow forecast ("
                + forecast.method()
                + ") next-quarter shortfall "
                + Texts.cny(forecast.shortfall())
                + wcEn)
            .replace(';', ','));
  }
}
