package io.loanradar.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.loanradar.core.customer.EnterpriseId;
import io.loanradar.core.feature.EnterpriseSnapshot;
import io.loanradar.core.feature.FeatureEngine;
import io.loanradar.core.feature.FeatureNames;
import io.loanradar.core.feature.Features;
import io.loanradar.core.feature.IndustryPosition;
import io.loanradar.core.scorecard.ScorecardValidation.Outcome;
import io.loanradar.core.synthetic.GeneratorOptions;
import io.loanradar.core.synthetic.SyntheticBank;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Features and scores over a small generated bank, read back through the data contract. */
class SyntheticBankScoringTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  private static final Set<String> GOING_BAD = Set.of("DETERIORATION", "CONTAGION");

  @TempDir static Path dir;

  private static final Map<EnterpriseId, Features> FEATURES = new TreeMap<>();
  private static final Map<EnterpriseId, Score> SCORES = new TreeMap<>();

  /** Customers of a deterioration story with an outcome: whether it comes after the as-of date. */
  private static final Map<EnterpriseId, Boolean> BAD = new TreeMap<>();

  @BeforeAll
  static void scoreTheBank() throws Exception {
    SyntheticBank.generate(new GeneratorOptions(800, 24, 11L, YearMonth.of(2026, 9)), dir);
    SyntheticBook book = new SyntheticBook(dir, LocalDate.of(2026, 10, 1));
    List<EnterpriseSnapshot> snapshots = book.snapshots(AS_OF);
    FeatureEngine engine = new FeatureEngine();
    List<IndustryPosition.Peer> peers = new ArrayList<>();
    for (EnterpriseSnapshot s : snapshots) {
      Features f = engine.compute(s);
      FEATURES.put(s.enterprise().id(), f);
      peers.add(IndustryPosition.Peer.of(s.enterprise().id(), s.enterprise().industry(), f));
    }
    var percentiles = IndustryPosition.percentiles(peers);
    Scorecard scorecard = Scorecard.withDefaults();
    FEATURES.forEach(
        (id, f) -> {
          var p = percentiles.get(id);
          SCORES.put(
              id,
              scorecard.score(
                  f, p == null ? OptionalDouble.empty() : OptionalDouble.of(p.percentile())));
        });
    for (Map<String, String> story : book.truth()) {
      String outcome = story.get("outcome_on");
      if (GOING_BAD.contains(story.get("story")) && !outcome.isEmpty()) {
        BAD.put(
            new EnterpriseId(story.get("enterprise_id")), LocalDate.parse(outcome).isAfter(AS_OF));
      }
    }
  }

  @Test
  void computesSizeAndFlowFeaturesForAlmostEveryCustomer() {
    long withRevenue =
        FEATURES.values().stream().filter(f -> f.get(FeatureNames.REVENUE_12M).isPresent()).count();
    long withFlows =
        FEATURES.values().stream().filter(f -> f.get("inflow_12m").isPresent()).count();

    assertThat(withRevenue).isGreaterThan(FEATURES.size() * 95L / 100);
    assertThat(withFlows).isGreaterThan(FEATURES.size() * 95L / 100);
  }

  @Test
  void ranksCustomersAlreadyOverdueOnTheAsOfDateLowOnCredit() {
    List<Outcome> outcomes = new ArrayList<>();
    SCORES.forEach(
        (id, score) -> {
          Boolean goesBadLater = BAD.get(id);
          if (goesBadLater == null || !goesBadLater) {
            outcomes.add(new Outcome(score.factor(Factor.CREDIT), goesBadLater != null));
          }
        });

    assertThat(outcomes).filteredOn(Outcome::bad).hasSizeGreaterThan(5);
    assertThat(ScorecardValidation.auc(outcomes).orElseThrow()).isGreaterThan(0.8);
  }

  @Test
  void spreadsCustomersOverGradesAndTiers() {
    Map<Grade, Long> grades =
        SCORES.values().stream()
            .collect(Collectors.groupingBy(Score::grade, Collectors.counting()));
    Map<Tier, Long> tiers =
        SCORES.values().stream().collect(Collectors.groupingBy(Score::tier, Collectors.counting()));

    assertThat(grades).containsKeys(Grade.A, Grade.B, Grade.C);
    assertThat(tiers).containsKeys(Tier.KEY_GROWTH, Tier.GENERAL);
  }
}
