package io.loanradar.core.scorecard;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The scorecard's answer for one enterprise.
 *
 * @param total 0–100, the weighted sum of the factor values
 * @param grade A/B/C by the configured cut-offs
 * @param tier strategic, key growth or general
 * @param factors the six factors, in {@link Factor} order
 * @param configVersion the version of the configuration that produced it
 * @param reasons most important first
 */
public record Score(
    double total,
    Grade grade,
    Tier tier,
    List<FactorScore> factors,
    String configVersion,
    List<Reason> reasons) {

  /** Copies the lists. */
  public Score {
    factors = List.copyOf(factors);
    reasons = List.copyOf(reasons);
  }

  /** The value of one factor. */
  public double factor(Factor factor) {
    return factors.stream().filter(f -> f.factor() == factor).findFirst().orElseThrow().value();
  }

  /** The Chinese reasons joined with {@code ;}: the {@code reasons} column of scores.csv. */
  public String reasonsText() {
    return reasons.stream().map(Reason::zh).collect(Collectors.joining(";"));
  }

  /** The English reasons joined with {@code ;}. */
  public String reasonsTextEn() {
    return reasons.stream().map(Reason::en).collect(Collectors.joining(";"));
  }
}
