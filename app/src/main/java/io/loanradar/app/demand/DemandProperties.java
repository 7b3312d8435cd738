package io.loanradar.app.demand;

import io.loanradar.core.demand.TriggerConfig;
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
 */
@ConfigurationProperties("loanradar.demand")
public record DemandProperties(
    boolean afterScoring,
    int cooldownDays,
    int disbursedCooldownDays,
    int coreMinSuppliers,
    Map<String, Double> thresholds) {

  /** Null-safe thresholds. */
  public DemandProperties {
    thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
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
