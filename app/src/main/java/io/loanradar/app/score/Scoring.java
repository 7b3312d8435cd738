package io.loanradar.app.score;

import io.loanradar.core.customer.EnterpriseId;
import io.loanradar.core.feature.FeatureEngine;
import io.loanradar.core.feature.Features;
import io.loanradar.core.feature.IndustryPosition;
import io.loanradar.core.scorecard.Score;
import io.loanradar.core.scorecard.Scorecard;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Scores every enterprise as of a date from what the store knew then: features per enterprise,
 * industry percentiles across all of them, then the scorecard; the scores are kept as that date's
 * history and returned.
 */
@Service
public class Scoring {

  private final SnapshotReader snapshots;
  private final Scores scores;
  private final ScorecardSource scorecards;
  private final Clock clock;
  private final ObjectProvider<ModelScores> models;

  Scoring(
      SnapshotReader snapshots,
      Scores scores,
      ScorecardSource scorecards,
      Clock clock,
      ObjectProvider<ModelScores> models) {
    this.snapshots = snapshots;
    this.scores = scores;
    this.scorecards = scorecards;
    this.clock = clock;
    this.models = models;
  }

  /**
   * One scored enterprise. Its features are not kept: a run holds every enterprise at once, and
   * {@link #features(String, LocalDate)} computes one enterprise's again.
   *
   * @param enterpriseId whose score
   * @param percentile its industry position, when it could be placed
   * @param score the score with reasons
   * @param models the champion platform models' probabilities, when there are champions
   */
  public record Scored(
      EnterpriseId enterpriseId,
      Optional<IndustryPosition.Percentile> percentile,
      Score score,
      ModelScores.Probabilities models) {

    /** A score without platform-model probabilities. */
    public Scored(
        EnterpriseId enterpriseId, Optional<IndustryPosition.Percentile> percentile, Score score) {
      this(enterpriseId, percentile, score, ModelScores.Probabilities.NONE);
    }
  }

  /**
   * The result of a run.
   *
   * @param asOf the as-of date
   * @param scored every enterprise, in id order
   * @param elapsed wall time
   */
  public record Run(LocalDate asOf, List<Scored> scored, Duration elapsed) {
    /** Copies the list. */
    public Run {
      scored = List.copyOf(scored);
    }
  }

  /**
   * An enterprise's features, packed ({@link PackedFeatures}), and its place among its industry
   * peers, before scoring.
   */
  private record Computed(double[] features, IndustryPosition.Peer peer) {}

  /** Scores every enterprise as of {@code asOf} and keeps the scores. */
  public Run scoreAll(LocalDate asOf) throws SQLException {
    Run run = compute(asOf);
    scores.save(asOf, run.scored(), clock);
    return run;
  }

  /** One enterprise's features as of a date, computed from its snapshot; empty when unknown. */
  public Optional<Features> features(String enterpriseId, LocalDate asOf) throws SQLException {
    FeatureEngine engine = new FeatureEngine();
    List<Features> found = new ArrayList<>(1);
    snapshots.forEach(asOf, enterpriseId, s -> found.add(engine.compute(s)));
    return found.stream().findFirst();
  }

  /**
   * Scores every enterprise as of {@code asOf} without keeping anything. Snapshots are read and
   * features computed in ranges of enterprises, one per core; the percentiles need them all, so the
   * features wait for them packed, then the scorecard runs on every core again.
   */
  public Run compute(LocalDate asOf) throws SQLException {
    Instant start = clock.instant();
    FeatureEngine engine = new FeatureEngine();
    List<Computed> computed =
        snapshots.map(
            asOf,
            Runtime.getRuntime().availableProcessors(),
            s -> {
              Features f = engine.compute(s);
              EnterpriseId id = s.enterprise().id();
              return new Computed(
                  PackedFeatures.pack(f),
                  IndustryPosition.Peer.of(id, s.enterprise().industry(), f));
            });
    Map<EnterpriseId, IndustryPosition.Percentile> percentiles =
        IndustryPosition.percentiles(computed.stream().map(Computed::peer).toList());
    Scorecard scorecard = scorecards.current();
    ModelScores platform = models.getIfAvailable();
    Map<EnterpriseId, ModelScores.Probabilities> probabilities =
        platform == null ? Map.of() : platform.apply(byEnterprise(computed));
    List<Scored> scored =
        computed.parallelStream()
            .map(
                c -> {
                  EnterpriseId id = c.peer().id();
                  Optional<IndustryPosition.Percentile> p =
                      Optional.ofNullable(percentiles.get(id));
                  OptionalDouble percentile =
                      p.isPresent()
                          ? OptionalDouble.of(p.get().percentile())
                          : OptionalDouble.empty();
                  return new Scored(
                      id,
                      p,
                      scorecard.score(PackedFeatures.unpack(c.features()), percentile),
                      probabilities.getOrDefault(id, ModelScores.Probabilities.NONE));
                })
            .toList();
    return new Run(asOf, scored, Duration.between(start, clock.instant()));
  }

  /**
   * The features by enterprise, in enterprise-id order, for the platform models: a read-only view
   * that unpacks each enterprise's features as it is read, so they are never all unpacked at once.
   */
  private static Map<EnterpriseId, Features> byEnterprise(List<Computed> computed) {
    return new AbstractMap<>() {
      @Override
      public Set<Map.Entry<EnterpriseId, Features>> entrySet() {
        return new AbstractSet<>() {
          @Override
          public Iterator<Map.Entry<EnterpriseId, Features>> iterator() {
            Iterator<Computed> each = computed.iterator();
            return new Iterator<>() {
              @Override
              public boolean hasNext() {
                return each.hasNext();
              }

              @Override
              public Map.Entry<EnterpriseId, Features> next() {
                Computed c = each.next();
                return Map.entry(c.peer().id(), PackedFeatures.unpack(c.features()));
              }
            };
          }

          @Override
          public int size() {
            return computed.size();
          }
        };
      }
    };
  }
}
