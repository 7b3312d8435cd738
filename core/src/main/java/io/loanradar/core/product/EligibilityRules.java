package io.loanradar.core.product;

import java.util.Map;

/**
 * Evaluates a product's eligibility expression over one customer's variables (features by name,
 * plus {@code grade}, {@code tier}, {@code industry}, {@code established_years}). Implementations
 * must have no side effects and never throw for a bad expression: they return {@link
 * RuleOutcome.Broken}.
 */
@FunctionalInterface
public interface EligibilityRules {

  /**
   * @param productCode the product the expression belongs to, for messages
   * @param expression the expression, not blank
   * @param variables values by name: {@code Double} or {@code String}; a missing feature is absent
   */
  RuleOutcome evaluate(String productCode, String expression, Map<String, Object> variables);
}
