package io.loanradar.model.scorecard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.loanradar.model.data.Feature;
import io.loanradar.model.data.Table;
import io.loanradar.model.score.Prediction;
import io.loanradar.model.score.Predictor;
import io.loanradar.model.score.Reason;
import io.loanradar.model.score.Scaling;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fitted scorecard. The probability of bad is σ(β0 + Σ β_j × WOE_j); the score is the base points
 * A − B × β0 plus, per characteristic, the points of the row's bin, −B × β_j × WOE_bin. A value in
 * no bin (a category or a missing value not seen in training) is neutral: WOE 0, 0 points. Reason
 * codes are the characteristics whose bin costs the most points against that characteristic's best
 * bin.
 */
public final class ScorecardModel implements Predictor {

  static final String FILE = "scorecard.json";
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * What the scorecard file holds.
   *
   * @param intercept β0
   * @param scaling points scaling
   * @param characteristics selected characteristics with bins and coefficients
   * @param selection every candidate feature with its IV and why it was kept or dropped
   * @param settings learner settings
   */
  public record Card(
      double intercept,
      Scaling scaling,
      List<Characteristic> characteristics,
      List<Selection> selection,
      Map<String, Object> settings) {}

  /**
   * One candidate characteristic and what became of it.
   *
   * @param feature column name
   * @param iv information value on the training rows
   * @param bins number of bins
   * @param status {@code selected}, or why it was dropped
   */
  public record Selection(String feature, double iv, int bins, String status) {}

  private final Card card;

  /** Per characteristic: its bins' labels and the bin with the most points, worked out once. */
  private final String[][] labels;

  private final int[] bestBin;

  ScorecardModel(Card card) {
    this.card = card;
    List<Characteristic> chars = card.characteristics();
    this.labels = new String[chars.size()][];
    this.bestBin = new int[chars.size()];
    for (int c = 0; c < chars.size(); c++) {
      Characteristic ch = chars.get(c);
      labels[c] = ch.bins().stream().map(Bin::label).toArray(String[]::new);
      for (int b = 1; b < ch.bins().size(); b++) {
        if (points(ch, ch.bins().get(b)) > points(ch, ch.bins().get(bestBin[c]))) {
          bestBin[c] = b;
        }
      }
    }
  }

  /** Reads a scorecard saved by {@link #save(Path)}. */
  public static ScorecardModel load(Path dir) throws IOException {
    return new ScorecardModel(JSON.readValue(dir.resolve(FILE).toFile(), Card.class));
  }

  public Card card() {
    return card;
  }

  @Override
  public String learner() {
    return "scorecard";
  }

  @Override
  public List<Feature> features() {
    return card.characteristics().stream().map(Characteristic::feature).toList();
  }

  /** A − B × β0. */
  public double basePoints() {
    return card.scaling().offset() - card.scaling().factor() * card.intercept();
  }

  /** −B × β × WOE of a bin. */
  public double points(Characteristic c, Bin bin) {
    return -card.scaling().factor() * c.coefficient() * bin.woe();
  }

  @Override
  public double[] probabilities(Table table) {
    int[][] bins = bins(table);
    double[] p = new double[table.size()];
    for (int r = 0; r < p.length; r++) {
      p[r] = LogisticRegression.sigmoid(logOdds(bins[r]));
    }
    return p;
  }

  @Override
  public List<Prediction> predict(Table table, int reasons) {
    int[][] bins = bins(table);
    List<Prediction> out = new ArrayList<>(table.size());
    for (int r = 0; r < table.size(); r++) {
      double eta = logOdds(bins[r]);
      out.add(
          new Prediction(
              LogisticRegression.sigmoid(eta),
              card.scaling().score(eta),
              reasons(table, r, bins[r], reasons)));
    }
    return out;
  }

  private double logOdds(int[] bins) {
    double eta = card.intercept();
    for (int c = 0; c < bins.length; c++) {
      Characteristic ch = card.characteristics().get(c);
      eta += ch.coefficient() * ch.woe(bins[c]);
    }
    return eta;
  }

  private int[][] bins(Table table) {
    List<Characteristic> chars = card.characteristics();
    int[] columns = new int[chars.size()];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = table.column(chars.get(c).feature().name(), "feature");
    }
    int[][] bins = new int[table.size()][chars.size()];
    for (int r = 0; r < table.size(); r++) {
      for (int c = 0; c < columns.length; c++) {
        Characteristic ch = chars.get(c);
        Feature f = ch.feature();
        bins[r][c] =
            f.numeric()
                ? ch.binOf(f.number(table, r, columns[c]))
                : ch.binOf(table.cell(r, columns[c]));
      }
    }
    return bins;
  }

  private List<Reason> reasons(Table table, int row, int[] bins, int count) {
    List<double[]> costs = new ArrayList<>();
    for (int c = 0; c < bins.length; c++) {
      if (bins[c] >= 0) {
        Characteristic ch = card.characteristics().get(c);
        double cost = points(ch, ch.bins().get(bestBin[c])) - points(ch, ch.bins().get(bins[c]));
        if (cost >= 0.005) {
          costs.add(new double[] {c, cost});
        }
      }
    }
    costs.sort(Comparator.comparingDouble((double[] a) -> a[1]).reversed());
    List<Reason> out = new ArrayList<>();
    for (double[] entry : costs.subList(0, Math.min(count, costs.size()))) {
      int c = (int) entry[0];
      Characteristic ch = card.characteristics().get(c);
      String binLabel = labels[c][bins[c]];
      String best = labels[c][bestBin[c]];
      String name = ch.feature().name();
      String value = table.cell(row, table.column(name, "feature"));
      String shown = value == null ? "缺失/missing" : value;
      double cost = entry[1];
      String points = Reason.fixed(cost, 1);
      out.add(
          new Reason(
              name,
              cost,
              name + "=" + shown + " 落在分箱 " + binLabel + "，比最佳分箱 " + best + " 少 " + points + " 分",
              name
                  + "="
                  + shown
                  + " is in bin "
                  + binLabel
                  + ": "
                  + points
                  + " points below its best bin "
                  + best));
    }
    return out;
  }

  @Override
  public void save(Path dir) throws IOException {
    JSON.writeValue(dir.resolve(FILE).toFile(), card);
    writePointsCsv(dir.resolve("points.csv"));
    JSON.writeValue(dir.resolve("points.json").toFile(), pointsTable());
  }

  /** The points table as a person reads it: base points, then each characteristic's bins. */
  public Map<String, Object> pointsTable() {
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("base_points", round(basePoints()));
    table.put("scaling", card.scaling());
    table.put("woe_convention", "WOE = ln(%bad / %good); positive = riskier than average");
    List<Map<String, Object>> chars = new ArrayList<>();
    for (Characteristic ch : card.characteristics()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("characteristic", ch.feature().name());
      c.put("iv", round(ch.iv()));
      c.put("strength", Characteristic.strength(ch.iv()));
      c.put("coefficient", ch.coefficient());
      List<Map<String, Object>> bins = new ArrayList<>();
      for (Bin bin : ch.bins()) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("bin", bin.label());
        b.put("rows", bin.count());
        b.put("bads", bin.bads());
        b.put("bad_rate", round(bin.badRate()));
        b.put("woe", round(bin.woe()));
        b.put("points", round(points(ch, bin)));
        bins.add(b);
      }
      c.put("bins", bins);
      chars.add(c);
    }
    table.put("characteristics", chars);
    return table;
  }

  private void writePointsCsv(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("characteristic,bin,rows,bads,bad_rate,woe,iv,coefficient,points\n");
      w.write(
          String.format(
              Locale.ROOT, "%s,%s,,,,,,,%.2f\n", "(base)", "基础分 base points", basePoints()));
      for (Characteristic ch : card.characteristics()) {
        for (Bin bin : ch.bins()) {
          w.write(
              String.format(
                  Locale.ROOT,
                  "%s,%s,%d,%d,%.4f,%.4f,%.4f,%.6f,%.2f\n",
                  csv(ch.feature().name()),
                  csv(bin.label()),
                  bin.count(),
                  bin.bads(),
                  bin.badRate(),
                  bin.woe(),
                  ch.iv(),
                  ch.coefficient(),
                  points(ch, bin)));
        }
      }
    }
  }

  static String csv(String text) {
    return text.contains(",") || text.contains("\"") || text.contains("\n")
        ? "\"" + text.replace("\"", "\"\"") + "\""
        : text;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>(card.settings());
    p.put("characteristics", card.characteristics().size());
    p.put("intercept", card.intercept());
    p.put("base_points", basePoints());
    return p;
  }
}
