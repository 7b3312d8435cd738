package io.loanradar.app.score;

import io.loanradar.core.feature.FeatureDefinition;
import io.loanradar.core.feature.FeatureNames;
import io.loanradar.core.scorecard.Bins;
import io.loanradar.core.scorecard.Factor;
import io.loanradar.core.scorecard.ScorecardConfig;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 评分卡配置 (read-only): the scorecard scoring uses right now, read from the same {@link
 * ScorecardSource} — version, the six factor weights, the bins of each factor's features, the grade
 * cut-offs and the tier thresholds. Changes go through an approval and are not made on this page.
 */
@Controller
class ScorecardPage {

  /**
   * One step of a bins table: a value at or above {@code from} scores {@code points}.
   *
   * @param from the threshold, null for the step below the first
   * @param points 0–100
   */
  record Step(BigDecimal from, double points) {}

  /**
   * One feature of a factor.
   *
   * @param feature its name
   * @param unit yuan, ratio, days …
   * @param window the period it looks at
   * @param weight its weight within the factor
   * @param higherIsBetter the points' direction
   * @param steps below the first threshold, then each threshold
   */
  record Feature(
      String feature,
      String unit,
      String window,
      double weight,
      boolean higherIsBetter,
      List<Step> steps) {

    /** Whether thresholds are amounts of money (shown in 万元). */
    public boolean yuan() {
      return "yuan".equals(unit);
    }
  }

  /**
   * One of the six factors.
   *
   * @param key configuration key
   * @param zh Chinese name
   * @param en English name
   * @param weight percent of the total
   * @param features its bins, empty for industry position (percentile × 100)
   */
  record FactorView(String key, String zh, String en, double weight, List<Feature> features) {}

  private final ScorecardSource source;

  ScorecardPage(ScorecardSource source) {
    this.source = source;
  }

  @GetMapping("/scorecard")
  String scorecard(Model model) {
    ScorecardConfig config = source.current().config();
    List<FactorView> factors =
        Arrays.stream(Factor.values())
            .map(
                f ->
                    new FactorView(
                        f.key(),
                        f.zh(),
                        f.en(),
                        config.weights().get(f),
                        config.bins().getOrDefault(f, List.of()).stream()
                            .map(ScorecardPage::feature)
                            .toList()))
            .toList();
    model.addAttribute("config", config);
    model.addAttribute("factors", factors);
    model.addAttribute("weightTotal", factors.stream().mapToDouble(FactorView::weight).sum());
    model.addAttribute("tiers", config.tiers());
    model.addAttribute(
        "strategicAssets", BigDecimal.valueOf(config.tiers().strategicMinTotalAssets()));
    model.addAttribute(
        "growthMinAssets", BigDecimal.valueOf(config.tiers().keyGrowthMinTotalAssets()));
    model.addAttribute(
        "growthMaxAssets", BigDecimal.valueOf(config.tiers().keyGrowthMaxTotalAssets()));
    return "scorecard";
  }

  private static Feature feature(Bins b) {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step(null, b.below()));
    for (int i = 0; i < b.thresholds().size(); i++) {
      steps.add(new Step(BigDecimal.valueOf(b.thresholds().get(i)), b.points().get(i)));
    }
    FeatureDefinition d =
        FeatureNames.definition(b.feature()).orElse(new FeatureDefinition(b.feature(), "", "", ""));
    return new Feature(b.feature(), d.unit(), d.window(), b.weight(), b.higherIsBetter(), steps);
  }
}
