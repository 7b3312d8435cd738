package io.loanradar.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.loanradar.core.feature.FeatureNames;
import io.loanradar.core.feature.Features;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

class ScorecardProperties {

  private static final Scorecard SCORECARD = Scorecard.withDefaults();

  /** Scorecard inputs with their plausible ranges; each may be missing. */
  private static final Map<String, double[]> RANGES =
      Map.of(
          FeatureNames.REVENUE_12M, new double[] {0, 1e10},
          FeatureNames.TOTAL_ASSETS, new double[] {0, 1e10},
          FeatureNames.MAX_OVERDUE_DAYS, new double[] {0, 400},
          FeatureNames.WORST_FIVE_CATEGORY, new double[] {0, 4},
          FeatureNames.UTILISATION, new double[] {0, 1.5},
          FeatureNames.REVENUE_YOY, new double[] {-1, 3},
          FeatureNames.INVOICED_SALES_YOY, new double[] {-1, 3},
          FeatureNames.RELATIONSHIP_YEARS, new double[] {0, 30},
          FeatureNames.DEBT_RATIO, new double[] {0, 1.5});

  @Provide
  Arbitrary<Features> features() {
    List<String> names = new ArrayList<>(new TreeMap<>(RANGES).keySet());
    List<Arbitrary<Double>> values =
        names.stream()
            .map(
                n ->
                    Arbitraries.doubles()
                        .between(RANGES.get(n)[0], RANGES.get(n)[1])
                        .injectNull(0.25))
            .toList();
    return Combinators.combine(values)
        .as(
            list -> {
              Map<String, Double> map = new TreeMap<>();
              for (int i = 0; i < names.size(); i++) {
                if (list.get(i) != null) {
                  map.put(names.get(i), list.get(i));
                }
              }
              return Features.of(map);
            });
  }

  @Provide
  Arbitrary<OptionalDouble> percentiles() {
    return Arbitraries.doubles()
        .between(0, 1)
        .injectNull(0.25)
        .map(p -> p == null ? OptionalDouble.empty() : OptionalDouble.of(p));
  }

  @Property(tries = 500)
  void totalLiesWithinZeroToHundredAndIsTheWeightedSumOfFactors(
      @ForAll("features") Features f, @ForAll("percentiles") OptionalDouble percentile) {
    Score score = SCORECARD.score(f, percentile);

    double weighted =
        score.factors().stream().mapToDouble(fs -> fs.value() * fs.weight() / 100).sum();
    assertThat(score.total()).isBetween(0.0, 100.0).isCloseTo(weighted, within(1e-9));
    assertThat(score.factors()).allSatisfy(fs -> assertThat(fs.value()).isBetween(0.0, 100.0));
  }

  @Property(tries = 500)
  void gradeFollowsTheCutOffs(
      @ForAll("features") Features f, @ForAll("percentiles") OptionalDouble percentile) {
    Score score = SCORECARD.score(f, percentile);

    Grade expected = score.total() >= 75 ? Grade.A : score.total() >= 55 ? Grade.B : Grade.C;
    assertThat(score.grade()).isEqualTo(expected);
  }

  @Property(tries = 500)
  void raisingRevenueGrowthNeverLowersTheGrowthFactor(
      @ForAll("features") Features f,
      @ForAll @DoubleRange(min = -1, max = 3) double a,
      @ForAll @DoubleRange(min = -1, max = 3) double b) {
    double low =
        SCORECARD
            .score(f.with(FeatureNames.REVENUE_YOY, Math.min(a, b)), OptionalDouble.empty())
            .factor(Factor.GROWTH);
    double high =
        SCORECARD
            .score(f.with(FeatureNames.REVENUE_YOY, Math.max(a, b)), OptionalDouble.empty())
            .factor(Factor.GROWTH);

    assertThat(high).isGreaterThanOrEqualTo(low);
  }

  @Property(tries = 200)
  void scoringIsDeterministic(
      @ForAll("features") Features f, @ForAll("percentiles") OptionalDouble percentile) {
    assertThat(Scorecard.withDefaults().score(f, percentile))
        .isEqualTo(SCORECARD.score(f, percentile));
  }
}
