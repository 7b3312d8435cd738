package io.loanradar.app.score;

import io.loanradar.core.customer.EnterpriseId;
import io.loanradar.core.feature.Features;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The platform models scoring applies beside the scorecard: the champion of {@code pd_12m} and of
 * {@code propensity_90d}, each when there is one. Implemented by the model registry.
 */
public interface ModelScores {

  /**
   * Both probabilities of one enterprise.
   *
   * @param pd12m probability of default or 90+ days overdue within 12 months, empty without a
   *     champion (or for a firm the model does not cover)
   * @param propensity90d probability of a new loan here within 90 days, empty without a champion
   */
  record Probabilities(OptionalDouble pd12m, OptionalDouble propensity90d) {

    /** Neither model. */
    public static final Probabilities NONE =
        new Probabilities(OptionalDouble.empty(), OptionalDouble.empty());
  }

  /** The probabilities of every enterprise given, from its features; absent ids have none. */
  Map<EnterpriseId, Probabilities> apply(Map<EnterpriseId, Features> features);
}
