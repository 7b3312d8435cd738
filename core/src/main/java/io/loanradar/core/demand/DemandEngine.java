package io.loanradar.core.demand;

import io.loanradar.core.feature.FeatureNames;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * 商机挖掘 — runs every scenario detector on one enterprise as of its snapshot's date and sizes each
 * need. Pure and deterministic: the same input and configuration give the same answer; rows dated
 * after the as-of date never change it.
 */
public final class DemandEngine {

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final Set<Scenario> FLOW_SIZED =
      EnumSet.of(
          Scenario.SEASONAL_PURCHASE,
          Scenario.LIQUIDITY_NEED,
          Scenario.SUPPLY_CHAIN,
          Scenario.DIGITAL_INTENT);

  private final TriggerConfig config;
  private final WorkingCapitalNeed.Defaults defaults;
  private final TriggerRules rules;
  private final List<Detector> detectors;

  /** An engine with the given thresholds and working-capital defaults. */
  public DemandEngine(TriggerConfig config, WorkingCapitalNeed.Defaults defaults) {
    this(config, defaults, TriggerRules.NONE);
  }

  /**
   * An engine with the given thresholds, working-capital defaults and extra rules applied after the
   * detectors.
   */
  public DemandEngine(
      TriggerConfig config, WorkingCapitalNeed.Defaults defaults, TriggerRules rules) {
    this(config, defaults, rules, code -> true);
  }

  /**
   * An engine as above that renews only loans of the products {@code renewable} accepts (by product
   * code; a loan without one is always a candidate), e.g. {@link
   * io.loanradar.core.product.RenewableProducts#of(List)} of the bank's catalogue.
   */
  public DemandEngine(
      TriggerConfig config,
      WorkingCapitalNeed.Defaults defaults,
      TriggerRules rules,
      Predicate<String> renewable) {
    this.config = config;
    this.defaults = defaults;
    this.rules = rules;
    this.detectors =
        List.of(
            new SeasonalPurchaseDetector(),
            new ExpansionDetector(),
            new EquipmentUpgradeDetector(),
            new LiquidityNeedDetector(),
            new DigitalIntentDetector(),
            new SupplyChainDetector(),
            new RefinanceDetector(renewable));
  }

  /** An engine with every default. */
  public DemandEngine() {
    this(TriggerConfig.defaults(), WorkingCapitalNeed.Defaults.standard());
  }

  /** The triggers alone, in scenario order, without sizing (cheap: for back-tests). */
  public List<Trigger> triggers(DemandInput input) {
    return triggers(input, new Facts(input));
  }

  private List<Trigger> triggers(DemandInput input, Facts facts) {
    List<Trigger> out = new ArrayList<>();
    for (Detector d : detectors) {
      d.detect(input, facts, config).ifPresent(out::add);
    }
    return rules.apply(input, List.copyOf(out));
  }

  /** Every need detected, sized, in scenario order. */
  public List<Need> detect(DemandInput input) {
    Facts facts = new Facts(input);
    List<Trigger> triggers = triggers(input, facts);
    if (triggers.isEmpty()) {
      return List.of();
    }
    FlowForecast forecast = FlowForecast.of(facts);
    Optional<WorkingCapitalNeed> wc = WorkingCapitalNeed.of(input.snapshot(), defaults);
    List<Need> out = new ArrayList<>();
    for (Trigger t : triggers) {
      BigDecimal amount;
      String method;
      var expected = t.expectedBy();
      if (t.indicatedAmount().filter(a -> a.signum() > 0).isPresent()) {
        amount = t.indicatedAmount().orElseThrow();
        method = "FACTS";
      } else if (FLOW_SIZED.contains(t.scenario()) && forecast.shortfall().signum() > 0) {
        amount = forecast.shortfall();
        method = "FLOW_FORECAST";
        if (forecast.shortfallFrom().filter(d -> d.isBefore(t.expectedBy())).isPresent()
            && forecast.shortfallFrom().orElseThrow().isAfter(t.detectedOn())) {
          expected = forecast.shortfallFrom().orElseThrow();
        }
      } else if (wc.filter(w -> w.gap().signum() > 0).isPresent()) {
        amount = wc.orElseThrow().gap();
        method = "WORKING_CAPITAL_FORMULA";
      } else {
        double out3 = input.features().get(FeatureNames.flow("outflow", 3)).orElse(0);
        amount = BigDecimal.valueOf(out3 / 3).setScale(2, RoundingMode.HALF_UP);
        method = "ONE_MONTH_OUTFLOWS";
      }
      amount = roundUp(amount);
      out.add(new Need(t, amount, method, expected, forecast, wc));
    }
    return out;
  }

  private static BigDecimal roundUp(BigDecimal yuan) {
    BigDecimal wan = yuan.divide(TEN_THOUSAND, 0, RoundingMode.CEILING).max(BigDecimal.ONE);
    return wan.multiply(TEN_THOUSAND).setScale(2, RoundingMode.UNNECESSARY);
  }
}
