package io.loanradar.app.models;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.loanradar.app.LoanRadarProperties;
import io.loanradar.app.score.ModelScores;
import io.loanradar.core.customer.EnterpriseId;
import io.loanradar.core.feature.Features;
import io.loanradar.model.Learner;
import io.loanradar.model.ModelLab;
import io.loanradar.model.TrainOptions;
import io.loanradar.model.data.Dataset;
import io.loanradar.model.data.DatasetSpec;
import io.loanradar.model.data.Table;
import io.loanradar.model.metrics.Discrimination;
import io.loanradar.model.scorecard.ScorecardLearner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Trains the platform models from the store and applies the champions: {@link #train} builds the
 * point-in-time training set, trains on the earlier as-of dates and validates on the later ones,
 * writes the model directory under {@code <data-dir>/models} and registers it as a candidate;
 * {@link #apply} gives scoring each champion's probability.
 */
@Service
public class PlatformModels implements ModelScores {

  /** Share of the as-of dates, the latest, that validate a model. */
  public static final double VALIDATION_SHARE = 0.3;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TrainingSets sets;
  private final ModelRegistry registry;
  private final Path root;
  private final Clock clock;
  private final Map<Long, ModelLab.Loaded> loaded = new ConcurrentHashMap<>();

  PlatformModels(
      TrainingSets sets, ModelRegistry registry, LoanRadarProperties properties, Clock clock) {
    this.sets = sets;
    this.registry = registry;
    this.root = properties.dataDir().resolve("models");
    this.clock = clock;
  }

  /**
   * A trained and registered version.
   *
   * @param version as registered (a candidate)
   * @param trainDates the as-of dates it trained on
   * @param validateDates the later as-of dates it was validated on
   * @param train how it ranks its training rows
   * @param validation how it ranks the rows of the later dates
   * @param rows rows of the training set
   * @param positives rows with label 1
   * @param seconds time to build the set and train
   */
  public record Result(
      ModelRegistry.Version version,
      List<LocalDate> trainDates,
      List<LocalDate> validateDates,
      Discrimination train,
      Discrimination validation,
      int rows,
      long positives,
      double seconds) {}

  /**
   * Trains a version of a target on the given as-of dates (the latest {@link #VALIDATION_SHARE} of
   * them validate it) and registers it as a candidate.
   *
   * @throws IllegalArgumentException when there are fewer than two dates, or the label has only one
   *     value
   */
  public Result train(PlatformTarget target, Learner learner, List<LocalDate> dates, String actor)
      throws SQLException, IOException {
    if (dates.size() < 2) {
      throw new IllegalArgumentException(
          "a platform model needs at least two as-of dates: earlier ones to train, later ones to"
              + " validate");
    }
    long start = System.nanoTime();
    TrainingSet set = sets.build(target, dates);
    int validating = Math.max(1, (int) Math.round(dates.size() * VALIDATION_SHARE));
    List<LocalDate> trainDates = dates.subList(0, dates.size() - validating);
    List<LocalDate> validateDates = dates.subList(dates.size() - validating, dates.size());
    String cut = validateDates.get(0).toString();
    long held = set.rows().stream().filter(r -> r[1].compareTo(cut) >= 0).count();
    if (held == 0 || held == set.rows().size()) {
      throw new IllegalArgumentException(
          "no rows on the " + (held == 0 ? "validation" : "training") + " dates");
    }
    String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Path dir = root.resolve(target.id() + "-" + stamp + "-" + learner.id());
    Path csv = dir.resolve("training.csv");
    set.write(csv);
    Table table = Table.read(csv);
    Dataset data =
        Dataset.of(
            table,
            new DatasetSpec(
                target.id(),
                null,
                TrainingSet.ID,
                TrainingSet.AS_OF,
                set.emptyFeatures(),
                DatasetSpec.DEFAULT_MAX_CATEGORIES));
    TrainOptions defaults = TrainOptions.defaults(learner);
    TrainOptions options =
        new TrainOptions(
            learner,
            ScorecardLearner.DEFAULT,
            defaults.gbm(),
            (double) held / set.rows().size(),
            defaults.seed());
    ModelLab.Trained trained = ModelLab.train(data, options, dir, clock);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("rows", set.rows().size());
    metrics.put("positives", set.positives());
    metrics.put("train_dates", dateRange(trainDates));
    metrics.put("validate_dates", dateRange(validateDates));
    metrics.put("train", trained.train());
    metrics.put("validation", trained.holdout());
    metrics.put("features_used", trained.predictor().features().size());
    metrics.put("seconds", Math.round(seconds * 10) / 10.0);
    ModelRegistry.Version version =
        registry.register(
            target,
            learner.id(),
            dir.toAbsolutePath().toString(),
            JSON.writeValueAsString(metrics),
            actor);
    return new Result(
        version,
        List.copyOf(trainDates),
        List.copyOf(validateDates),
        trained.train(),
        trained.holdout(),
        set.rows().size(),
        set.positives(),
        seconds);
  }

  private static Map<String, Object> dateRange(List<LocalDate> dates) {
    Map<String, Object> range = new LinkedHashMap<>();
    range.put("from", dates.get(0).toString());
    range.put("to", dates.get(dates.size() - 1).toString());
    range.put("count", dates.size());
    return range;
  }

  /** A version's model, read from its directory once and kept. */
  public ModelLab.Loaded load(ModelRegistry.Version version) {
    return loaded.computeIfAbsent(
        version.id(),
        id -> {
          try {
            return ModelLab.load(Path.of(version.dir()));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + version.label(), e);
          }
        });
  }

  /** The probability of every enterprise given under a version's model, in the map's order. */
  public double[] probabilities(ModelRegistry.Version version, Map<?, Features> features) {
    return load(version).predictor().probabilities(table(features));
  }

  /** Features as a table with the training set's feature columns. */
  static Table table(Map<?, Features> features) {
    List<String> columns = TrainingSets.featureColumns();
    List<String[]> rows = new ArrayList<>(features.size());
    for (Features f : features.values()) {
      Map<String, Double> values = f.asMap();
      String[] row = new String[columns.size()];
      for (int i = 0; i < row.length; i++) {
        Double v = values.get(columns.get(i));
        row[i] = v == null ? null : TrainingSets.cell(v);
      }
      rows.add(row);
    }
    return Table.of("features", columns, rows);
  }

  @Override
  public Map<EnterpriseId, Probabilities> apply(Map<EnterpriseId, Features> features) {
    Optional<ModelRegistry.Version> pd = registry.champion(PlatformTarget.PD_12M);
    Optional<ModelRegistry.Version> propensity = registry.champion(PlatformTarget.PROPENSITY_90D);
    if ((pd.isEmpty() && propensity.isEmpty()) || features.isEmpty()) {
      return Map.of();
    }
    double[] p = pd.map(v -> probabilities(v, features)).orElse(null);
    double[] q = propensity.map(v -> probabilities(v, features)).orElse(null);
    Map<EnterpriseId, Probabilities> out = new HashMap<>();
    int i = 0;
    for (EnterpriseId id : features.keySet()) {
      out.put(
          id,
          new Probabilities(
              p == null ? OptionalDouble.empty() : OptionalDouble.of(p[i]),
              q == null ? OptionalDouble.empty() : OptionalDouble.of(q[i])));
      i++;
    }
    return out;
  }

  /** {@code 0.0385} as {@code 3.85%}. */
  static String percent(double p) {
    return String.format(Locale.ROOT, "%.2f%%", p * 100);
  }
}
