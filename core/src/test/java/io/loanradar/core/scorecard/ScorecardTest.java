package io.loanradar.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.loanradar.core.feature.FeatureNames;
import io.loanradar.core.feature.Features;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorecardTest {

  private static final Scorecard SCORECARD = Scorecard.withDefaults();

  static Features leader() {
    return Features.of(
        Map.of(
            FeatureNames.REVENUE_12M, 2e9,
            FeatureNames.TOTAL_ASSETS, 2e9,
            FeatureNames.MAX_OVERDUE_DAYS, 0.0,
            FeatureNames.OVERDUE_AMOUNT, 0.0,
            FeatureNames.WORST_FIVE_CATEGORY, 0.0,
            FeatureNames.UTILISATION, 0.4,
            FeatureNames.REVENUE_YOY, 0.38,
            FeatureNames.INVOICED_SALES_YOY, 0.3,
            FeatureNames.RELATIONSHIP_YEARS, 10.0,
            FeatureNames.DEBT_RATIO, 0.5));
  }

  @Test
  void scoresAnIndustryLeaderFactorByFactor() {
    Score score = SCORECARD.score(leader(), OptionalDouble.of(0.95));

    assertThat(score.factor(Factor.SIZE)).isCloseTo(88, within(1e-9));
    assertThat(score.factor(Factor.INDUSTRY_POSITION)).isCloseTo(95, within(1e-9));
    assertThat(score.factor(Factor.CREDIT)).isEqualTo(100);
    assertThat(score.factor(Factor.GROWTH)).isEqualTo(85);
    assertThat(score.factor(Factor.RELATIONSHIP)).isEqualTo(85);
    assertThat(score.factor(Factor.LEVERAGE)).isEqualTo(90);
    assertThat(score.total()).isCloseTo(91.35, within(1e-9));
    assertThat(score.grade()).isEqualTo(Grade.A);
    assertThat(score.tier()).isEqualTo(Tier.STRATEGIC);
    assertThat(score.configVersion()).isEqualTo("default-2026.1");
  }

  @Test
  void explainsTheTierFirstThenFactorsByImpactInChineseAndEnglish() {
    Score score = SCORECARD.score(leader(), OptionalDouble.of(0.95));

    assertThat(score.reasons())
        .extracting(Reason::code)
        .containsExactly(
            "TIER_STRATEGIC",
            "CREDIT_STRENGTH",
            "SIZE_STRENGTH",
            "GROWTH_STRENGTH",
            "INDUSTRY_POSITION_STRENGTH",
            "LEVERAGE_STRENGTH",
            "RELATIONSHIP_STRENGTH");
    assertThat(score.reasons().get(1).impact()).isCloseTo(12.5, within(1e-9));
    assertThat(score.reasonsText())
        .startsWith("总资产20.00亿元，营收位于行业前5%，列为战略客户;无征信逾期记录，五级分类均为正常，授信使用率40%;")
        .contains(";近12个月营收同比增长38%，开票销售额同比增长30%;")
        .contains(";与本行合作10.0年");
    assertThat(score.reasonsTextEn())
        .contains("Revenue up 38% year on year, invoiced sales up 30%")
        .contains("Revenue in the top 5% of its industry");
  }

  @Test
  void givesFactorsWithoutDataTheNeutralValueAndSaysSo() {
    Score score = SCORECARD.score(Features.of(Map.of()), OptionalDouble.empty());

    assertThat(score.factors()).allSatisfy(f -> assertThat(f.neutral()).isTrue());
    assertThat(score.total()).isCloseTo(50, within(1e-9));
    assertThat(score.grade()).isEqualTo(Grade.C);
    assertThat(score.tier()).isEqualTo(Tier.GENERAL);
    assertThat(score.reasons())
        .hasSize(6)
        .allSatisfy(r -> assertThat(r.code()).endsWith("_NO_DATA"));
    assertThat(score.reasonsText()).contains("缺少营收与资产数据，规模因子取中性值50");
    assertThat(score.reasonsTextEn())
        .contains("No revenue or asset data, size factor set to neutral 50");
  }

  @Test
  void explainsOverdueCreditWithItsNumbers() {
    Features troubled =
        Features.of(
            Map.of(
                FeatureNames.MAX_OVERDUE_DAYS, 95.0,
                FeatureNames.OVERDUE_AMOUNT, 1_205_000.0,
                FeatureNames.WORST_FIVE_CATEGORY, 2.0));

    Score score = SCORECARD.score(troubled, OptionalDouble.empty());

    assertThat(score.factor(Factor.CREDIT)).isZero();
    assertThat(score.reasons().get(0))
        .isEqualTo(
            new Reason(
                "CREDIT_WEAKNESS",
                "最长逾期95天，逾期金额121万元，最差五级分类为次级",
                "Overdue up to 95 days, CNY 1.2 m overdue, worst class substandard",
                -12.5));
  }

  @ParameterizedTest
  @CsvSource({
    "50000000, 0.25, 0.5, KEY_GROWTH",
    "20000000, 0.20, 0.5, KEY_GROWTH",
    "50000000, 0.19, 0.5, GENERAL",
    "19999999, 0.30, 0.5, GENERAL",
    "2000000000, 0.30, 0.85, GENERAL",
    "2000000000, 0.00, 0.90, STRATEGIC",
    "1000000000, 0.30, 0.99, KEY_GROWTH"
  })
  void tiersByAssetsGrowthAndIndustryPercentile(
      double assets, double growth, double percentile, Tier tier) {
    Features f =
        Features.of(Map.of(FeatureNames.TOTAL_ASSETS, assets, FeatureNames.REVENUE_YOY, growth));

    assertThat(SCORECARD.score(f, OptionalDouble.of(percentile)).tier()).isEqualTo(tier);
  }

  @Test
  void refusesAPercentileOutsideZeroToOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SCORECARD.score(leader(), OptionalDouble.of(95)))
        .withMessageContaining("95");
  }

  @Test
  void followsAConfigurationsWeightsAndVersion() {
    String yaml =
        ScorecardConfig.defaultYaml()
            .replace("version: default-2026.1", "version: credit-heavy-1")
            .replace("  credit: 25\n", "  credit: 35\n")
            .replace("  size: 20\n", "  size: 10\n");

    Score score =
        new Scorecard(ScorecardConfig.parse(yaml)).score(leader(), OptionalDouble.of(0.95));

    assertThat(score.configVersion()).isEqualTo("credit-heavy-1");
    assertThat(score.total()).isCloseTo(91.35 - 8.8 + 10, within(1e-9));
  }
}
