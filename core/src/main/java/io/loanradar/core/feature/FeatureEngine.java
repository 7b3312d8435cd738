package io.loanradar.core.feature;

/**
 * Computes the features of one enterprise from its as-of snapshot. Pure and deterministic: the same
 * snapshot always gives the same features, and rows dated after the as-of date never change them.
 * Definitions, units, windows and missing-value rules are in {@code docs/features.md} and {@link
 * FeatureNames#definitions()}.
 */
public final class FeatureEngine {

  /** An engine; it holds no state. */
  public FeatureEngine() {}

  /**
   * The features known on {@code snapshot.asOf()}.
   *
   * @param snapshot what is known about the enterprise; later rows are ignored
   * @return the computed features; those that cannot be computed are missing, never zero
   */
  public Features compute(EnterpriseSnapshot snapshot) {
    Known known = Known.of(snapshot);
    FeatureValues out = new FeatureValues();
    StatementFeatures.compute(known.statements(), out);
    FlowFeatures.compute(known.asOf(), known.flows(), out);
    CashFeatures.compute(known, out);
    CreditFeatures.compute(known, out);
    ActivityFeatures.compute(known, out);
    return out.toFeatures();
  }
}
