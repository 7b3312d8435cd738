package io.loanradar.model;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.loanradar.model.data.Dataset;
import io.loanradar.model.data.Feature;
import io.loanradar.model.data.Split;
import io.loanradar.model.data.Table;
import io.loanradar.model.gbm.GbmModel;
import io.loanradar.model.metrics.Discrimination;
import io.loanradar.model.metrics.Stability;
import io.loanradar.model.score.Prediction;
import io.loanradar.model.score.Predictor;
import io.loanradar.model.score.Reason;
import io.loanradar.model.scorecard.ScorecardModel;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains, saves, loads and applies models. A model directory holds {@code model.json} (learner,
 * label, id, feature list, training-data fingerprint, split, parameters, metrics, date) beside the
 * learner's own files, so that {@link #load(Path)} needs nothing else.
 */
public final class ModelLab {

  /** The description file of a model directory. */
  public static final String DESCRIPTION = "model.json";

  /** Reason codes written per row by {@link #predict}. */
  public static final int REASONS = 3;

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ModelLab() {}

  /**
   * A trained model with how it did.
   *
   * @param predictor the model (trained on the training part only)
   * @param split the rows it trained and was tested on
   * @param train AUC/KS/Gini on the training part
   * @param holdout AUC/KS/Gini on the held-out part
   * @param description what {@code model.json} holds
   */
  public record Trained(
      Predictor predictor,
      Split split,
      Discrimination train,
      Discrimination holdout,
      Map<String, Object> description) {}

  /** A model read back from its directory. */
  public record Loaded(Predictor predictor, Map<String, Object> description) {

    /** The id column the model was trained with, or {@code null}. */
    public String idColumn() {
      Object id = description.get("id_column");
      return id == null ? null : id.toString();
    }

    public String labelColumn() {
      return description.get("label").toString();
    }
  }

  /**
   * Splits the rows (out-of-time when the spec names a time column, else stratified), trains on the
   * training part, measures both parts and, when {@code out} is not null, writes the model
   * directory.
   */
  public static Trained train(Dataset data, TrainOptions options, Path out, Clock clock)
      throws IOException {
    String[] times = data.times();
    Split split =
        times != null
            ? Split.outOfTime(times, data.spec().time(), options.holdout())
            : Split.stratified(data.label(), options.holdout(), options.seed());
    Dataset train = data.subset(split.train());
    Dataset test = data.subset(split.test());
    Predictor predictor = fit(train, options);
    Discrimination trainFit =
        Discrimination.of(predictor.probabilities(train.table()), train.label());
    Discrimination holdout = Discrimination.of(predictor.probabilities(test.table()), test.label());
    Map<String, Object> description =
        describe(data, options, split, predictor, trainFit, holdout, Instant.now(clock));
    if (out != null) {
      Files.createDirectories(out);
      predictor.save(out);
      JSON.writeValue(out.resolve(DESCRIPTION).toFile(), description);
    }
    return new Trained(predictor, split, trainFit, holdout, description);
  }

  /** Trains the chosen learner on every row given. */
  public static Predictor fit(Dataset data, TrainOptions options) {
    return options.learner() == Learner.SCORECARD
        ? options.scorecard().train(data)
        : options.gbm().train(data);
  }

  /**
   * Stratified k-fold cross-validation: the mean and spread of the held-out AUC and KS.
   *
   * @return per fold, then the summary
   */
  public static CrossValidation crossValidate(Dataset data, TrainOptions options, int folds) {
    List<Discrimination> results = new ArrayList<>();
    for (Split split : Split.folds(data.label(), folds, options.seed())) {
      Dataset test = data.subset(split.test());
      Predictor p = fit(data.subset(split.train()), options);
      results.add(Discrimination.of(p.probabilities(test.table()), test.label()));
    }
    return new CrossValidation(results);
  }

  /** Adds a cross-validation's results to a model directory's description. */
  public static void addCrossValidation(Path dir, CrossValidation cv) throws IOException {
    Path file = dir.resolve(DESCRIPTION);
    Map<String, Object> description =
        JSON.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Object>>() {});
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("folds", cv.folds().size());
    summary.put("stratified", true);
    summary.put("mean_auc", cv.meanAuc());
    summary.put("sd_auc", cv.sdAuc());
    summary.put("mean_ks", cv.meanKs());
    summary.put("per_fold", cv.folds());
    description.put("cross_validation", summary);
    JSON.writeValue(file.toFile(), description);
  }

  /** Reads a model directory written by {@link #train}. */
  public static Loaded load(Path dir) throws IOException {
    Path file = dir.resolve(DESCRIPTION);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          dir + " is not a model directory: it has no " + DESCRIPTION);
    }
    Map<String, Object> description =
        JSON.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Object>>() {});
    Learner learner = Learner.of(String.valueOf(description.get("learner")));
    Predictor predictor =
        learner == Learner.SCORECARD ? ScorecardModel.load(dir) : GbmModel.load(dir);
    return new Loaded(predictor, description);
  }

  /**
   * Stability of a model between a development sample and a recent one: the PSI of its score (key
   * {@code score}; computed on the probability of bad, which any points scaling maps one to one, so
   * the decile bins and the index are the same) and the CSI of every feature it reads (deciles of
   * the expected sample for numbers, one bin per category for categories), in that order.
   */
  public static Map<String, Stability> stability(Loaded model, Table expected, Table actual) {
    Map<String, Stability> out = new LinkedHashMap<>();
    Predictor p = model.predictor();
    out.put("score", Stability.of(p.probabilities(expected), p.probabilities(actual)));
    for (Feature f : p.features()) {
      int e = expected.column(f.name(), "feature");
      int a = actual.column(f.name(), "feature");
      if (f.numeric()) {
        double[] x = new double[expected.size()];
        double[] y = new double[actual.size()];
        for (int r = 0; r < x.length; r++) {
          x[r] = f.number(expected, r, e);
        }
        for (int r = 0; r < y.length; r++) {
          y[r] = f.number(actual, r, a);
        }
        out.put(f.name(), Stability.of(x, y));
      } else {
        String[] x = new String[expected.size()];
        String[] y = new String[actual.size()];
        for (int r = 0; r < x.length; r++) {
          x[r] = expected.cell(r, e);
        }
        for (int r = 0; r < y.length; r++) {
          y[r] = actual.cell(r, a);
        }
        out.put(f.name(), Stability.ofCategories(x, y));
      }
    }
    return out;
  }

  /**
   * Writes one line per row of the table: id (the model's id column, else the line number), the
   * label when the table has the model's label column, probability, score, up to three reason codes
   * and their explanations.
   *
   * @return the number of rows written
   */
  public static int predict(Loaded model, Table table, Path out) throws IOException {
    List<Prediction> predictions = model.predictor().predict(table, REASONS);
    String idColumn = model.idColumn();
    int id = idColumn != null && table.has(idColumn) ? table.column(idColumn, "id") : -1;
    String labelColumn = model.labelColumn();
    int label = table.has(labelColumn) ? table.column(labelColumn, "label") : -1;
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      List<String> header = new ArrayList<>(List.of("id"));
      if (label >= 0) {
        header.add(labelColumn);
      }
      header.addAll(
          List.of(
              "probability",
              "score",
              "reason_code_1",
              "reason_code_2",
              "reason_code_3",
              "reasons"));
      w.write(csvLine(header));
      for (int r = 0; r < predictions.size(); r++) {
        Prediction p = predictions.get(r);
        List<String> cells = new ArrayList<>();
        cells.add(id >= 0 ? nullToEmpty(table.cell(r, id)) : Integer.toString(table.line(r)));
        if (label >= 0) {
          cells.add(nullToEmpty(table.cell(r, label)));
        }
        cells.add(Reason.fixed(p.probability(), 10));
        cells.add(Reason.fixed(p.score(), 2));
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < REASONS; k++) {
          cells.add(k < p.reasons().size() ? p.reasons().get(k).code() : "");
        }
        p.reasons().forEach(reason -> texts.add(reason.text()));
        cells.add(String.join("; ", texts));
        w.write(csvLine(cells));
      }
    }
    return predictions.size();
  }

  private static Map<String, Object> describe(
      Dataset data,
      TrainOptions options,
      Split split,
      Predictor predictor,
      Discrimination train,
      Discrimination holdout,
      Instant created) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("format", 1);
    d.put("learner", predictor.learner());
    d.put("created", created.toString());
    d.put("label", data.spec().label());
    d.put("bad_value", data.badValue());
    d.put("good_value", data.goodValue());
    d.put("id_column", data.spec().id());
    d.put("time_column", data.spec().time());
    d.put("excluded", data.spec().exclude());
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("file", Path.of(data.table().source()).getFileName().toString());
    source.put("sha256", data.table().sha256());
    source.put("rows", data.size());
    source.put("bads", data.bads());
    source.put("columns", data.table().names().size());
    d.put("training_data", source);
    d.put("candidate_features", data.features().size());
    d.put("features", predictor.features());
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("kind", split.kind().name().toLowerCase(Locale.ROOT));
    s.put("holdout_fraction", options.holdout());
    s.put("seed", options.seed());
    s.put("train_rows", split.train().length);
    s.put("holdout_rows", split.test().length);
    d.put("split", s);
    d.put("parameters", predictor.parameters());
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("train", train);
    metrics.put("holdout", holdout);
    d.put("metrics", metrics);
    return d;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  static String csvLine(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      String c = cells.get(i);
      if (c.contains(",") || c.contains("\"") || c.contains("\n")) {
        line.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        line.append(c);
      }
    }
    return line.append('\n').toString();
  }
}
