package io.loanradar.core.scorecard;

import io.loanradar.core.feature.FeatureNames;
import io.loanradar.core.feature.Features;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * 重点客户评分卡 — scores an enterprise's features under one configuration. Pure and deterministic: the
 * same features, percentile and configuration always give the same score.
 */
public final class Scorecard {

  private final ScorecardConfig config;

  /** A scorecard under the given configuration. */
  public Scorecard(ScorecardConfig config) {
    this.config = config;
  }

  /** A scorecard under the default configuration. */
  public static Scorecard withDefaults() {
    return new Scorecard(ScorecardConfig.defaults());
  }

  /** The configuration in use. */
  public ScorecardConfig config() {
    return config;
  }

  /**
   * Scores one enterprise.
   *
   * @param features its features on the as-of date
   * @param industryPercentile its revenue percentile among industry peers (0–1), or empty
   * @return total, grade, tier, the six factors, the configuration version and the reasons
   * @throws IllegalArgumentException when the percentile is outside 0–1
   */
  public Score score(Features features, OptionalDouble industryPercentile) {
    industryPercentile.ifPresent(
        p -> {
          if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("industry percentile must lie within 0-1: " + p);
          }
        });
    List<FactorScore> factors = new ArrayList<>();
    for (Factor factor : Factor.values()) {
      factors.add(factor(factor, features, industryPercentile));
    }
    double total =
        Math.max(0, Math.min(100, factors.stream().mapToDouble(FactorScore::contribution).sum()));
    Tier tier = tier(features, industryPercentile);
    List<Reason> reasons =
        Explanations.reasons(factors, tier, features, industryPercentile, config.neutral());
    return new Score(total, config.grades().of(total), tier, factors, config.version(), reasons);
  }

  private FactorScore factor(Factor factor, Features features, OptionalDouble percentile) {
    double weight = config.weights().get(factor);
    OptionalDouble value =
        factor == Factor.INDUSTRY_POSITION
            ? percentile.isPresent()
                ? OptionalDouble.of(percentile.getAsDouble() * 100)
                : OptionalDouble.empty()
            : binned(config.bins().get(factor), features);
    return value.isPresent()
        ? new FactorScore(factor, value.getAsDouble(), weight, false)
        : new FactorScore(factor, config.neutral(), weight, true);
  }

  /** The weighted mean of the points of the known features, empty when none is known. */
  private static OptionalDouble binned(List<Bins> tables, Features features) {
    double points = 0;
    double weights = 0;
    for (Bins bins : tables) {
      OptionalDouble value = features.get(bins.feature());
      if (value.isPresent()) {
        points += bins.weight() * bins.score(value.getAsDouble());
        weights += bins.weight();
      }
    }
    return weights == 0 ? OptionalDouble.empty() : OptionalDouble.of(points / weights);
  }

  private Tier tier(Features features, OptionalDouble percentile) {
    ScorecardConfig.Tiers t = config.tiers();
    OptionalDouble assets = features.get(FeatureNames.TOTAL_ASSETS);
    if (assets.isEmpty()) {
      return Tier.GENERAL;
    }
    double a = assets.getAsDouble();
    if (a > t.strategicMinTotalAssets()
        && percentile.isPresent()
        && percentile.getAsDouble() >= t.strategicMinIndustryPercentile()) {
      return Tier.STRATEGIC;
    }
    OptionalDouble growth = features.get(FeatureNames.REVENUE_YOY);
    if (a >= t.keyGrowthMinTotalAssets()
        && a <= t.keyGrowthMaxTotalAssets()
        && growth.isPresent()
        && growth.getAsDouble() >= t.keyGrowthMinRevenueYoy()) {
      return Tier.KEY_GROWTH;
    }
    return Tier.GENERAL;
  }
}
