package io.loanradar.app.demand;

import io.loanradar.core.demand.TriggerConfig;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demand-mining settings ({@code loanradar.demand.*}).
 *
 * @param afterScoring refresh opportunities whenever a background scoring run kept fresh scores
 * @param cooldownDays days after an opportunity was LOST before the same scenario may open again
 *     for the enterprise
 * @param disbursedCooldownDays likewise after DISBURSED
 * @param coreMinSuppliers a buyer with at least this many suppliers among the customers is a core
 *     enterprise (核心企业) for supply-chain finance
 * @param thresholds detector thresholds by key, overriding the defaults (docs/triggers.md)
 * @param rules trigger rules written by an analyst in CEL, applied after the detectors
 */
@ConfigurationProperties("loanradar.demand")
public record DemandProperties(
    boolean afterScoring,
    int cooldownDays,
    int disbursedCooldownDays,
    int coreMinSuppliers,
    Map<String, Double> thresholds,
    List<Rule> rules) {

  /**
   * One analyst's trigger rule ({@code loanradar.demand.rules[i].*}). Kept as text: a rule that
   * cannot be understood is reported and left out, it never stops the application.
   *
   * @param name short name, shown in the evidence
   * @param scenario the scenario it acts on, e.g. {@code LIQUIDITY_NEED}
   * @param action {@code VETO} (drop the scenario's trigger when the rule holds) or {@code ADD}
   *     (raise it when the rule holds)
   * @param when the CEL expression over the features, true or false
   * @param reasonZh why, in Chinese
   * @param reasonEn why, in English
   * @param expectedDays for ADD: days from the as-of date to the expected need (default 30)
   */
  public record Rule(
      String name,
      String scenario,
      String action,
      String when,
      String reasonZh,
      String reasonEn,
      Integer expectedDays) {}

  /** Null-safe thresholds and rules. */
  public DemandProperties {
    thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /**
   * The detector configuration.
   *
   * @throws IllegalArgumentException naming an unknown threshold key
   */
  public TriggerConfig triggerConfig() {
    return TriggerConfig.of(thresholds);
  }
}
