package io.loanradar.model.gbm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.loanradar.model.data.Feature;
import io.loanradar.model.data.Table;
import io.loanradar.model.score.Prediction;
import io.loanradar.model.score.Predictor;
import io.loanradar.model.score.Reason;
import io.loanradar.model.score.Scaling;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A trained gradient-boosted model. Its log-odds of bad are XGBoost's margin plus a fixed shift
 * (−ln scale_pos_weight when the bads were weighted); reason codes are the features whose SHAP
 * contributions (summed over a categorical feature's one-hot columns) add the most to the log-odds.
 */
public final class GbmModel implements Predictor {

  static final String BOOSTER_FILE = "xgboost.json";
  static final String FILE = "gbm.json";
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * The model's own description file.
   *
   * @param features the columns and how they are encoded
   * @param logOddsShift added to XGBoost's margin
   * @param scaling points scaling
   * @param parameters XGBoost parameters and fitted facts
   */
  public record Spec(
      List<Feature> features,
      double logOddsShift,
      Scaling scaling,
      Map<String, Object> parameters) {}

  private final Booster booster;
  private final Encoding encoding;
  private final double shift;
  private final Scaling scaling;
  private final Map<String, Object> parameters;

  GbmModel(
      Booster booster,
      Encoding encoding,
      double shift,
      Scaling scaling,
      Map<String, Object> parameters) {
    this.booster = booster;
    this.encoding = encoding;
    this.shift = shift;
    this.scaling = scaling;
    this.parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** Reads a model saved by {@link #save(Path)}. */
  public static GbmModel load(Path dir) throws IOException {
    Spec spec = JSON.readValue(dir.resolve(FILE).toFile(), Spec.class);
    try {
      Booster booster = XGBoost.loadModel(dir.resolve(BOOSTER_FILE).toString());
      return new GbmModel(
          booster,
          new Encoding(spec.features()),
          spec.logOddsShift(),
          spec.scaling(),
          spec.parameters());
    } catch (XGBoostError e) {
      throw new IOException("cannot read " + dir.resolve(BOOSTER_FILE) + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String learner() {
    return "gbm";
  }

  @Override
  public List<Feature> features() {
    return encoding.features();
  }

  @Override
  public double[] probabilities(Table table) {
    float[][] margins = run(table, false);
    double[] p = new double[margins.length];
    for (int r = 0; r < p.length; r++) {
      p[r] = sigmoid(margins[r][0] + shift);
    }
    return p;
  }

  @Override
  public List<Prediction> predict(Table table, int reasons) {
    float[][] contributions = run(table, true);
    float[][] margins = run(table, false);
    int width = encoding.width();
    List<Feature> features = encoding.features();
    List<Prediction> out = new ArrayList<>(table.size());
    for (int r = 0; r < table.size(); r++) {
      float[] c = contributions[r];
      double eta = margins[r][0] + shift;
      double[] perFeature = new double[features.size()];
      for (int k = 0; k < width; k++) {
        perFeature[encoding.featureOf(k)] += c[k];
      }
      out.add(
          new Prediction(sigmoid(eta), scaling.score(eta), reasons(table, r, perFeature, reasons)));
    }
    return out;
  }

  private List<Reason> reasons(Table table, int row, double[] perFeature, int count) {
    List<Integer> pushing = new ArrayList<>();
    for (int f = 0; f < perFeature.length; f++) {
      if (perFeature[f] > 1e-6) {
        pushing.add(f);
      }
    }
    pushing.sort(Comparator.comparingDouble((Integer f) -> perFeature[f]).reversed());
    List<Reason> out = new ArrayList<>();
    for (int f : pushing.subList(0, Math.min(count, pushing.size()))) {
      String name = encoding.features().get(f).name();
      String value = table.cell(row, table.column(name, "feature"));
      String shown = value == null ? "缺失/missing" : value;
      String logOdds = Reason.fixed(perFeature[f], 3);
      String points = Reason.fixed(scaling.factor() * perFeature[f], 1);
      out.add(
          new Reason(
              name,
              perFeature[f],
              name + "=" + shown + " 使违约对数几率增加 " + logOdds + "（约 " + points + " 分）",
              name
                  + "="
                  + shown
                  + " adds "
                  + logOdds
                  + " to the log-odds of bad (about "
                  + points
                  + " points)"));
    }
    return out;
  }

  private float[][] run(Table table, boolean contributions) {
    try {
      DMatrix m = new DMatrix(encoding.encode(table), table.size(), encoding.width(), Float.NaN);
      try {
        return contributions ? booster.predictContrib(m, 0) : booster.predict(m, true);
      } finally {
        m.dispose();
      }
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost failed to predict: " + e.getMessage(), e);
    }
  }

  private static double sigmoid(double eta) {
    return 1 / (1 + Math.exp(-eta));
  }

  @Override
  public void save(Path dir) throws IOException {
    try {
      booster.saveModel(dir.resolve(BOOSTER_FILE).toString());
    } catch (XGBoostError e) {
      throw new IOException("cannot write " + dir.resolve(BOOSTER_FILE) + ": " + e.getMessage(), e);
    }
    JSON.writeValue(
        dir.resolve(FILE).toFile(), new Spec(encoding.features(), shift, scaling, parameters));
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>(parameters);
    p.put("encoded_columns", encoding.columnNames().size());
    return p;
  }
}
