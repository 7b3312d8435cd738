package io.loanradar.app.models;

import io.loanradar.app.score.LoanOutcomes;
import io.loanradar.app.score.SnapshotReader;
import io.loanradar.core.feature.FeatureDefinition;
import io.loanradar.core.feature.FeatureEngine;
import io.loanradar.core.feature.FeatureNames;
import io.loanradar.core.feature.Features;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Builds platform-model training sets from the store, point in time: for each as-of date, every
 * enterprise's features from what the store knew on that date (the snapshot reader and feature
 * engine scoring uses) and its label from what happened after it (the loans' status history).
 */
@Service
public class TrainingSets {

  /**
   * Months of store history before the first default as-of date, so that flow features have half a
   * year to read (the year-on-year ones stay missing until a year is there).
   */
  public static final int HISTORY_MONTHS = 6;

  private final SnapshotReader snapshots;
  private final LoanOutcomes outcomes;

  TrainingSets(SnapshotReader snapshots, LoanOutcomes outcomes) {
    this.snapshots = snapshots;
    this.outcomes = outcomes;
  }

  /** The feature columns of every training set, in the feature catalogue's order. */
  public static List<String> featureColumns() {
    return FeatureNames.definitions().stream().map(FeatureDefinition::name).toList();
  }

  /**
   * As-of dates from {@code from} to {@code to} every {@code stepMonths} months; month-ends stay
   * month-ends (2025-01-31, 2025-02-28, …).
   */
  public static List<LocalDate> dates(LocalDate from, LocalDate to, int stepMonths) {
    if (stepMonths < 1) {
      throw new IllegalArgumentException("--step-months must be at least 1, was " + stepMonths);
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
    boolean monthEnd = from.equals(YearMonth.from(from).atEndOfMonth());
    List<LocalDate> dates = new ArrayList<>();
    for (int k = 0; ; k += stepMonths) {
      LocalDate d = from.plusMonths(k);
      if (monthEnd) {
        d = YearMonth.from(d).atEndOfMonth();
      }
      if (d.isAfter(to)) {
        return dates;
      }
      dates.add(d);
    }
  }

  /**
   * The as-of dates the store supports for a target, monthly: month-ends from {@link
   * #HISTORY_MONTHS} after its first data to the last month-end whose outcome window the store
   * covers.
   *
   * @throws IllegalArgumentException when the store is empty or too short
   */
  public List<LocalDate> defaultDates(PlatformTarget target, int stepMonths) {
    LoanOutcomes.Span span =
        outcomes
            .span()
            .orElseThrow(() -> new IllegalArgumentException("the store holds no flows or loans"));
    LocalDate from = YearMonth.from(span.first()).plusMonths(HISTORY_MONTHS).atEndOfMonth();
    LocalDate to = YearMonth.from(span.last()).minusMonths(1).atEndOfMonth();
    while (target.windowEnd(to).isAfter(span.last()) && to.isAfter(from)) {
      to = YearMonth.from(to).minusMonths(1).atEndOfMonth();
    }
    if (target.windowEnd(to).isAfter(span.last())) {
      throw new IllegalArgumentException(
          "the store covers "
              + span.first()
              + " to "
              + span.last()
              + ": too short for "
              + HISTORY_MONTHS
              + " months of history and the "
              + target.id()
              + " outcome window after it");
    }
    return dates(from, to, stepMonths);
  }

  /** The training set over the given as-of dates. */
  public TrainingSet build(PlatformTarget target, List<LocalDate> asOfs) throws SQLException {
    List<String> features = featureColumns();
    List<String> columns = new ArrayList<>(List.of(TrainingSet.ID, TrainingSet.AS_OF, target.id()));
    columns.addAll(features);
    List<String[]> rows = new ArrayList<>();
    for (LocalDate asOf : asOfs) {
      Set<String> population = target == PlatformTarget.PD_12M ? outcomes.borrowers(asOf) : null;
      Set<String> positives =
          target == PlatformTarget.PD_12M
              ? outcomes.wentBad(asOf, target.windowEnd(asOf))
              : outcomes.startedLoan(asOf, target.windowEnd(asOf));
      for (Map.Entry<String, Features> e : features(asOf).entrySet()) {
        String id = e.getKey();
        if (population != null && !population.contains(id)) {
          continue;
        }
        String[] row = new String[columns.size()];
        row[0] = id;
        row[1] = asOf.toString();
        row[2] = positives.contains(id) ? "1" : "0";
        Map<String, Double> values = e.getValue().asMap();
        for (int i = 0; i < features.size(); i++) {
          Double v = values.get(features.get(i));
          row[TrainingSet.LEADING + i] = v == null ? null : cell(v);
        }
        rows.add(row);
      }
    }
    return new TrainingSet(target, columns, rows);
  }

  /** Every enterprise's features as of a date, by enterprise id in id order. */
  public Map<String, Features> features(LocalDate asOf) throws SQLException {
    FeatureEngine engine = new FeatureEngine();
    Map<String, Features> out = new LinkedHashMap<>();
    snapshots.forEach(asOf, null, s -> out.put(s.enterprise().id().value(), engine.compute(s)));
    return out;
  }

  /** A feature value as a cell: the shortest text that reads back as the same double. */
  public static String cell(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
