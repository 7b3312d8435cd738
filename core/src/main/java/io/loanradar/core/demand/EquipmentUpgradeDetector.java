package io.loanradar.core.demand;

import io.loanradar.core.event.Event;
import io.loanradar.core.event.EventType;
import io.loanradar.core.finance.FinancialStatement;
import io.loanradar.core.finance.Money;
import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 设备更新: equipment bought or ordered (required by default), with capex paid to suppliers and fixed
 * assets rising as support; not once a loan here has started since the purchase.
 */
final class EquipmentUpgradeDetector implements Detector {

  @Override
  public Scenario scenario() {
    return Scenario.EQUIPMENT_UPGRADE;
  }

  @Override
  public Optional<Trigger> detect(DemandInput input, Facts facts, TriggerConfig config) {
    LocalDate asOf = facts.asOf();
    List<Evidence> evidence = new ArrayList<>();
    int points = 0;
    List<Event> purchases =
        facts.events(EventType.EQUIPMENT_PURCHASE, config.whole(Threshold.EQUIPMENT_EVENT_DAYS));
    if (!purchases.isEmpty()) {
      points += 2;
      purchases.forEach(e -> evidence.add(Detector.event(e, "设备采购", "equipment purchase")));
    }
    // an equipment loan (设备按揭, 融资租赁) is lent against named equipment: capex and fixed assets
    // rising without a purchase are as likely a new plant, which EXPANSION and project loans serve;
    // asked before the flows are summed, as it rules out most firms
    if (purchases.isEmpty() && config.whole(Threshold.EQUIPMENT_PURCHASE_REQUIRED) > 0) {
      return Optional.empty();
    }
    BigDecimal capex60 = facts.lastDays(Direction.OUT, Purpose.CAPEX, 60);
    BigDecimal capexYear =
        facts.sum(Direction.OUT, Purpose.CAPEX, asOf.minusDays(424), asOf.minusDays(60));
    BigDecimal per60 =
        capexYear
            .multiply(BigDecimal.valueOf(60))
            .divide(BigDecimal.valueOf(365), 2, RoundingMode.HALF_UP);
    if (capex60.signum() > 0
        && (per60.signum() == 0
            || Texts.ratio(capex60, per60) >= config.get(Threshold.EQUIPMENT_CAPEX_SURGE))) {
      points++;
      evidence.add(
          Evidence.of(
              "CAPEX_PAID",
              asOf,
              capex60,
              "近60天资本性支出" + Texts.wan(capex60) + "，上年同长度平均" + Texts.wan(per60),
              "capex of the last 60 days "
                  + Texts.cny(capex60)
                  + ", average 60 days of the year before "
                  + Texts.cny(per60)));
    }
    Optional<Evidence> fixed = fixedAssetGrowth(facts, config);
    if (fixed.isPresent()) {
      points++;
      evidence.add(fixed.get());
    }
    // a loan here that started since the purchase (else in the last 90 days) has financed it
    LocalDate since =
        purchases.isEmpty() ? asOf.minusDays(89) : purchases.get(0).occurredAt().toLocalDate();
    if (facts.loanStartedSince(since) || points < config.whole(Threshold.EQUIPMENT_MIN_POINTS)) {
      return Optional.empty();
    }
    BigDecimal share = BigDecimal.valueOf(config.get(Threshold.EQUIPMENT_FINANCED_SHARE));
    Optional<BigDecimal> amount =
        purchases.stream()
            .map(Event::amount)
            .flatMap(Optional::stream)
            .map(Money::yuan)
            .reduce((a, b) -> b)
            .map(a -> a.multiply(share).setScale(2, RoundingMode.HALF_UP));
    LocalDate expected =
        purchases.isEmpty()
            ? asOf.plusDays(45)
            : max(
                purchases.get(purchases.size() - 1).occurredAt().toLocalDate().plusDays(60),
                asOf.plusDays(14));
    return Optional.of(new Trigger(scenario(), asOf, points, amount, expected, evidence));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static Optional<Evidence> fixedAssetGrowth(Facts facts, TriggerConfig config) {
    List<FinancialStatement> known =
        facts.statements().stream().filter(s -> s.fixedAssets().isPresent()).toList();
    if (known.isEmpty()) {
      return Optional.empty();
    }
    FinancialStatement latest = known.get(known.size() - 1);
    LocalDate yearBefore = latest.periodEnd().minusYears(1);
    Optional<FinancialStatement> earlier =
        known.stream().filter(s -> s.periodEnd().equals(yearBefore)).findFirst();
    if (earlier.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal now = latest.fixedAssets().orElseThrow().yuan();
    BigDecimal then = earlier.get().fixedAssets().orElseThrow().yuan();
    double growth = Texts.ratio(now, then) - 1;
    if (then.signum() <= 0 || growth < config.get(Threshold.EQUIPMENT_FIXED_ASSET_GROWTH)) {
      return Optional.empty();
    }
    return Optional.of(
        Evidence.of(
            "FIXED_ASSETS_UP",
            latest.periodEnd(),
            now,
            latest.periodEnd()
                + "固定资产"
                + Texts.wan(now)
                + "，一年前"
                + Texts.wan(then)
                + "，增长"
                + Texts.pct(growth),
            "fixed assets "
                + Texts.cny(now)
                + " on "
                + latest.periodEnd()
                + ", "
                + Texts.cny(then)
                + " a year before, up "
                + Texts.pct(growth)));
  }
}
