package io.loanradar.app.warning;

import io.loanradar.core.warning.Severity;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Alert handling settings ({@code loanradar.warning.*}).
 *
 * @param sla time to acknowledge a NEW alert, by severity; missing ones take the defaults CRITICAL
 *     1 h, HIGH 4 h, MEDIUM 24 h, LOW 72 h
 * @param afterScoring whether alerts are raised after every background scoring run
 */
@ConfigurationProperties("loanradar.warning")
public record WarningProperties(Map<Severity, Duration> sla, Boolean afterScoring) {

  /** Fills in defaults and checks the durations. */
  public WarningProperties {
    Map<Severity, Duration> all = new EnumMap<>(Severity.class);
    all.put(Severity.CRITICAL, Duration.ofHours(1));
    all.put(Severity.HIGH, Duration.ofHours(4));
    all.put(Severity.MEDIUM, Duration.ofHours(24));
    all.put(Severity.LOW, Duration.ofHours(72));
    if (sla != null) {
      sla.forEach(
          (k, v) -> {
            if (v == null || v.isNegative() || v.isZero()) {
              throw new IllegalArgumentException(
                  "loanradar.warning.sla." + k + " must be a positive duration: " + v);
            }
            all.put(k, v);
          });
    }
    sla = Map.copyOf(all);
    afterScoring = afterScoring == null || afterScoring;
  }

  /** The defaults. */
  public static WarningProperties defaults() {
    return new WarningProperties(null, null);
  }

  /** Time to acknowledge an alert of a severity. */
  public Duration slaFor(Severity severity) {
    return sla.get(severity);
  }
}
