package io.loanradar.app.models;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.loanradar.model.ModelLab;
import io.loanradar.model.data.Table;
import io.loanradar.model.metrics.Stability;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watches the platform models on a recent as-of date: the champion and the challenger (newest
 * candidate) score the target's population side by side (distribution over probability bands,
 * agreement), and each model's PSI of the score and CSI per feature against its own training set
 * (the model lab's stability code) is kept per as-of date in {@code model_monitor}, flagged at 0.1
 * and 0.25.
 */
@Service
public class ModelMonitor {

  /** Upper edges of the probability bands of the distribution table; the last band is open. */
  public static final double[] BANDS = {0.01, 0.02, 0.05, 0.10, 0.20, 0.50};

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TrainingSets sets;
  private final PlatformModels models;
  private final ModelRegistry registry;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  ModelMonitor(
      TrainingSets sets,
      PlatformModels models,
      ModelRegistry registry,
      JdbcTemplate jdbc,
      Clock clock) {
    this.sets = sets;
    this.models = models;
    this.registry = registry;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * One model on one as-of date.
   *
   * @param modelId registry id
   * @param asOf as-of date
   * @param rows enterprises scored
   * @param psi PSI of the score against the training set
   * @param flag what the PSI says
   * @param csi CSI per feature the model reads, with its flag
   * @param bands count of enterprises per probability band ({@link #BANDS})
   * @param meanProbability mean probability
   * @param agreement against the champion (challenger only): same-band share, rank correlation,
   *     top-decile overlap
   */
  public record Check(
      long modelId,
      LocalDate asOf,
      int rows,
      double psi,
      String flag,
      Map<String, Map<String, Object>> csi,
      List<Integer> bands,
      double meanProbability,
      Map<String, Double> agreement) {}

  /** Band labels, e.g. {@code < 1%}, {@code 1–2%}, …, {@code ≥ 50%}. */
  public static List<String> bandLabels() {
    List<String> labels = new ArrayList<>();
    double low = 0;
    for (double edge : BANDS) {
      labels.add(low == 0 ? "< " + pct(edge) : pct(low) + "–" + pct(edge));
      low = edge;
    }
    labels.add("≥ " + pct(low));
    return labels;
  }

  private static String pct(double p) {
    return (Math.round(p * 1000) / 10.0 + "%").replace(".0%", "%");
  }

  /**
   * Scores the target's population as of a date with the champion and the challenger, measures
   * their stability and keeps it.
   *
   * @return the champion's check, then the challenger's when there is one
   * @throws IllegalArgumentException when the target has neither a champion nor a candidate
   */
  @Transactional
  public List<Check> run(PlatformTarget target, LocalDate asOf) throws SQLException, IOException {
    Optional<ModelRegistry.Version> champion = registry.champion(target);
    Optional<ModelRegistry.Version> challenger = registry.challenger(target);
    if (champion.isEmpty() && challenger.isEmpty()) {
      throw new IllegalArgumentException(
          "没有可监测的模型 / " + target.id() + " has no champion and no candidate to check");
    }
    Table population = sets.build(target, List.of(asOf)).table();
    List<Check> checks = new ArrayList<>();
    double[] championP = null;
    for (Optional<ModelRegistry.Version> v : List.of(champion, challenger)) {
      if (v.isEmpty()) {
        continue;
      }
      ModelLab.Loaded loaded = models.load(v.get());
      double[] p = loaded.predictor().probabilities(population);
      Table training = Table.read(Path.of(v.get().dir()).resolve("training.csv"));
      Map<String, Stability> stability = ModelLab.stability(loaded, training, population);
      Stability score = stability.get("score");
      Map<String, Map<String, Object>> csi = new LinkedHashMap<>();
      stability.forEach(
          (name, s) -> {
            if (!name.equals("score")) {
              Map<String, Object> one = new LinkedHashMap<>();
              one.put("csi", round(s.psi()));
              one.put("flag", s.flag().name());
              csi.put(name, one);
            }
          });
      Map<String, Double> agreement =
          championP == null || v == champion ? Map.of() : agreement(championP, p);
      Check check =
          new Check(
              v.get().id(),
              asOf,
              p.length,
              round(score.psi()),
              score.flag().name(),
              csi,
              bands(p),
              round(Arrays.stream(p).average().orElse(0)),
              agreement);
      keep(check);
      checks.add(check);
      if (v == champion) {
        championP = p;
      }
    }
    return checks;
  }

  /** The kept checks of a model, newest as-of date first. */
  public List<Check> history(long modelId) {
    return jdbc.query(
        "SELECT as_of, rows_scored, psi, csi FROM model_monitor WHERE model_id = ? ORDER BY as_of DESC",
        (rs, n) -> {
          try {
            Map<String, Object> body =
                JSON.readValue(
                    rs.getString(4), new TypeReference<LinkedHashMap<String, Object>>() {});
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> csi =
                (Map<String, Map<String, Object>>) body.getOrDefault("csi", Map.of());
            @SuppressWarnings("unchecked")
            List<Integer> bands = (List<Integer>) body.getOrDefault("bands", List.of());
            @SuppressWarnings("unchecked")
            Map<String, Double> agreement =
                (Map<String, Double>) body.getOrDefault("agreement", Map.of());
            double psi = rs.getBigDecimal(3).doubleValue();
            return new Check(
                modelId,
                rs.getObject(1, LocalDate.class),
                rs.getInt(2),
                psi,
                Stability.Flag.of(psi).name(),
                csi,
                bands,
                ((Number) body.getOrDefault("mean_probability", 0.0)).doubleValue(),
                agreement);
          } catch (IOException e) {
            throw new IllegalStateException("unreadable monitor row of model " + modelId, e);
          }
        },
        modelId);
  }

  private void keep(Check c) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("csi", c.csi());
    body.put("bands", c.bands());
    body.put("mean_probability", c.meanProbability());
    body.put("agreement", c.agreement());
    jdbc.update(
        "DELETE FROM model_monitor WHERE model_id = ? AND as_of = ?", c.modelId(), c.asOf());
    jdbc.update(
        "INSERT INTO model_monitor (model_id, as_of, rows_scored, psi, csi, computed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        c.modelId(),
        c.asOf(),
        c.rows(),
        c.psi(),
        JSON.writeValueAsString(body),
        Timestamp.valueOf(LocalDateTime.now(clock)));
  }

  static List<Integer> bands(double[] p) {
    Integer[] counts = new Integer[BANDS.length + 1];
    Arrays.fill(counts, 0);
    for (double v : p) {
      counts[band(v)]++;
    }
    return List.of(counts);
  }

  static int band(double v) {
    for (int b = 0; b < BANDS.length; b++) {
      if (v < BANDS[b]) {
        return b;
      }
    }
    return BANDS.length;
  }

  /** Same-band share, Spearman rank correlation and top-decile overlap of two models' scores. */
  static Map<String, Double> agreement(double[] a, double[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (band(a[i]) == band(b[i])) {
        same++;
      }
    }
    double[] ra = ranks(a);
    double[] rb = ranks(b);
    int top = Math.max(1, a.length / 10);
    java.util.Set<Integer> topA = topIndices(a, top);
    java.util.Set<Integer> topB = topIndices(b, top);
    topA.retainAll(topB);
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("same_band", round((double) same / a.length));
    out.put("rank_correlation", round(pearson(ra, rb)));
    out.put("top_decile_overlap", round((double) topA.size() / top));
    return out;
  }

  private static java.util.Set<Integer> topIndices(double[] x, int k) {
    Integer[] order = new Integer[x.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (i, j) -> Double.compare(x[j], x[i]));
    return new java.util.HashSet<>(Arrays.asList(order).subList(0, k));
  }

  private static double[] ranks(double[] x) {
    Integer[] order = new Integer[x.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (i, j) -> Double.compare(x[i], x[j]));
    double[] r = new double[x.length];
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && x[order[j + 1]] == x[order[i]]) {
        j++;
      }
      double mid = (i + j) / 2.0;
      for (int k = i; k <= j; k++) {
        r[order[k]] = mid;
      }
      i = j + 1;
    }
    return r;
  }

  private static double pearson(double[] x, double[] y) {
    double mx = Arrays.stream(x).average().orElse(0);
    double my = Arrays.stream(y).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
