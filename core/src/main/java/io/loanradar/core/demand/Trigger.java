package io.loanradar.core.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A scenario detected for one enterprise on an as-of date.
 *
 * @param scenario what the enterprise may need a loan for
 * @param detectedOn the as-of date of the detection
 * @param points how many of the detector's signals fired (at least its configured minimum)
 * @param indicatedAmount CNY yuan the facts themselves point to (an announced investment, a
 *     maturing loan), empty when they name none
 * @param expectedBy the day the need is expected, from the facts; the funding gap may refine it
 * @param evidence the facts, most important first, never empty
 */
public record Trigger(
    Scenario scenario,
    LocalDate detectedOn,
    int points,
    Optional<BigDecimal> indicatedAmount,
    LocalDate expectedBy,
    List<Evidence> evidence) {

  /**
   * @throws IllegalArgumentException when a part is missing or there is no evidence
   */
  public Trigger {
    if (scenario == null || detectedOn == null || indicatedAmount == null || expectedBy == null) {
      throw new IllegalArgumentException("a trigger needs a scenario, dates and an amount option");
    }
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a trigger needs evidence: " + scenario);
    }
  }
}
