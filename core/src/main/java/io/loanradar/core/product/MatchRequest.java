package io.loanradar.core.product;

import io.loanradar.core.demand.Scenario;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * What products are matched against: one need of one customer.
 *
 * @param scenario the need's scenario
 * @param amount the estimated amount, CNY yuan
 * @param industry the customer's GB/T 4754 code, empty when unknown
 * @param grade its key-customer grade, empty when not scored
 * @param variables the values eligibility expressions read (see {@link EligibilityRules})
 * @param borrowerExposure what it owes the bank now, CNY yuan
 * @param groupExposure what its group owes the bank now, CNY yuan (itself when in no group)
 */
public record MatchRequest(
    Scenario scenario,
    BigDecimal amount,
    Optional<String> industry,
    Optional<String> grade,
    Map<String, Object> variables,
    BigDecimal borrowerExposure,
    BigDecimal groupExposure) {

  /** Copies the map. */
  public MatchRequest {
    variables = Map.copyOf(variables);
  }
}
