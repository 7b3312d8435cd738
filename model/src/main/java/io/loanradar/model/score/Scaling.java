package io.loanradar.model.score;

/**
 * Points-to-double-odds scaling. With B = PDO / ln 2 and A = base_score − B × ln(base_odds), where
 * base_odds are good:bad odds (50 means 50:1), the score is {@code A − B × ln(odds_bad)}: a row
 * whose good:bad odds equal base_odds scores base_score, and every PDO points more halve the odds
 * of bad. (domain-rules.md writes the same as A = base_score + B × ln(base_odds_bad) with
 * base_odds_bad = 1/50.)
 *
 * @param baseScore points at the base odds (default 600)
 * @param baseOdds good:bad odds at the base score (default 50)
 * @param pdo points to double the odds (default 20)
 */
public record Scaling(double baseScore, double baseOdds, double pdo) {

  public static final Scaling DEFAULT = new Scaling(600, 50, 20);

  public Scaling {
    if (!(baseOdds > 0) || !(pdo > 0) || !Double.isFinite(baseScore)) {
      throw new IllegalArgumentException(
          "scaling needs base odds > 0 and PDO > 0, was odds " + baseOdds + ", PDO " + pdo);
    }
  }

  /** B = PDO / ln 2, points per unit of log-odds. */
  public double factor() {
    return pdo / Math.log(2);
  }

  /** A = base_score − B × ln(base_odds). */
  public double offset() {
    return baseScore - factor() * Math.log(baseOdds);
  }

  /** The score of a log-odds of bad, ln(p / (1 − p)). */
  public double score(double logOddsBad) {
    return offset() - factor() * logOddsBad;
  }

  /** The score of a probability of bad; p is clamped to [1e-12, 1 − 1e-12]. */
  public double scoreOfProbability(double p) {
    double q = Math.min(1 - 1e-12, Math.max(1e-12, p));
    return score(Math.log(q / (1 - q)));
  }
}
