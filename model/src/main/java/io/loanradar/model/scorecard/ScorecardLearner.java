package io.loanradar.model.scorecard;

import io.loanradar.model.data.Dataset;
import io.loanradar.model.data.Feature;
import io.loanradar.model.score.Scaling;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains a scorecard: bins every feature, drops those with IV below {@code minIv}, then walks the
 * rest from the highest IV down, keeping a feature only when its WOE values correlate with none of
 * the kept ones by more than {@code maxCorrelation}, up to {@code maxCharacteristics}. It fits an
 * L2-regularised logistic regression on the WOE values and, while a coefficient is not positive
 * (the WOE sign convention makes a positive slope the only explainable one), drops that
 * characteristic and refits.
 *
 * @param binning how features are binned
 * @param minIv information-value floor (default 0.02)
 * @param maxCorrelation largest |Pearson r| between two kept WOE columns (default 0.7)
 * @param maxCharacteristics most characteristics on the card (default 20)
 * @param lambda L2 penalty of the regression (default 1)
 * @param scaling points scaling
 */
public record ScorecardLearner(
    Binning binning,
    double minIv,
    double maxCorrelation,
    int maxCharacteristics,
    double lambda,
    Scaling scaling) {

  public static final ScorecardLearner DEFAULT =
      new ScorecardLearner(Binning.DEFAULT, 0.02, 0.7, 20, 1.0, Scaling.DEFAULT);

  public ScorecardLearner {
    if (!(maxCorrelation > 0 && maxCorrelation <= 1)) {
      throw new IllegalArgumentException(
          "max correlation must be in (0, 1], was " + maxCorrelation);
    }
    if (maxCharacteristics < 1) {
      throw new IllegalArgumentException("at least one characteristic, was " + maxCharacteristics);
    }
  }

  /**
   * Trains on every row of the data set.
   *
   * @throws IllegalArgumentException when no feature reaches the IV floor
   */
  public ScorecardModel train(Dataset data) {
    int[] y = data.label();
    List<Characteristic> candidates = new ArrayList<>();
    List<ScorecardModel.Selection> selection = new ArrayList<>();
    for (Feature f : data.features()) {
      List<Bin> bins =
          f.numeric() ? binning.numeric(data.numbers(f), y) : binning.categorical(data.texts(f), y);
      double iv = bins.stream().mapToDouble(Bin::iv).sum();
      candidates.add(new Characteristic(f, bins, iv, 0));
    }
    candidates.sort(Comparator.comparingDouble(Characteristic::iv).reversed());
    List<Characteristic> kept = new ArrayList<>();
    List<double[]> keptWoe = new ArrayList<>();
    Map<String, String> status = new LinkedHashMap<>();
    for (Characteristic c : candidates) {
      if (c.bins().size() < 2 || c.iv() < minIv) {
        status.put(
            c.feature().name(),
            String.format(Locale.ROOT, "dropped: IV %.4f below %.2f", c.iv(), minIv));
        continue;
      }
      if (kept.size() >= maxCharacteristics) {
        status.put(c.feature().name(), "dropped: card already has " + maxCharacteristics);
        continue;
      }
      double[] woe = woeColumn(data, c);
      String clash = null;
      for (int k = 0; k < kept.size() && clash == null; k++) {
        double r = correlation(woe, keptWoe.get(k));
        if (Math.abs(r) > maxCorrelation) {
          clash =
              String.format(
                  Locale.ROOT,
                  "dropped: WOE correlates %.2f with %s",
                  r,
                  kept.get(k).feature().name());
        }
      }
      if (clash != null) {
        status.put(c.feature().name(), clash);
        continue;
      }
      kept.add(c);
      keptWoe.add(woe);
      status.put(c.feature().name(), "selected");
    }
    if (kept.isEmpty()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "no feature of %s reaches the IV floor %.2f; the label may not be predictable from"
                  + " these columns",
              data.table().source(),
              minIv));
    }
    double[] beta;
    while (true) {
      beta = LogisticRegression.fit(matrix(keptWoe, y.length), y, lambda);
      int worst = -1;
      for (int j = 1; j < beta.length; j++) {
        if (beta[j] <= 0 && (worst < 0 || beta[j] < beta[worst])) {
          worst = j;
        }
      }
      if (worst < 0 || kept.size() == 1) {
        break;
      }
      Characteristic dropped = kept.remove(worst - 1);
      keptWoe.remove(worst - 1);
      status.put(
          dropped.feature().name(),
          String.format(
              Locale.ROOT, "dropped: coefficient %.4f not positive with the others", beta[worst]));
    }
    List<Characteristic> card = new ArrayList<>();
    for (int j = 0; j < kept.size(); j++) {
      card.add(kept.get(j).withCoefficient(beta[j + 1]));
    }
    for (Characteristic c : candidates) {
      selection.add(
          new ScorecardModel.Selection(
              c.feature().name(), c.iv(), c.bins().size(), status.get(c.feature().name())));
    }
    return new ScorecardModel(
        new ScorecardModel.Card(beta[0], scaling, card, selection, settings()));
  }

  private Map<String, Object> settings() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("min_bin_share", binning.minShare());
    s.put("max_bins", binning.maxBins());
    s.put("monotonic", binning.monotonic());
    s.put("special_values", binning.specials().stream().sorted().toList());
    s.put("min_iv", minIv);
    s.put("max_correlation", maxCorrelation);
    s.put("max_characteristics", maxCharacteristics);
    s.put("l2_lambda", lambda);
    return s;
  }

  private static double[] woeColumn(Dataset data, Characteristic c) {
    double[] woe = new double[data.size()];
    Feature f = c.feature();
    if (f.numeric()) {
      double[] x = data.numbers(f);
      for (int r = 0; r < woe.length; r++) {
        woe[r] = c.woe(c.binOf(x[r]));
      }
    } else {
      String[] x = data.texts(f);
      for (int r = 0; r < woe.length; r++) {
        woe[r] = c.woe(c.binOf(x[r]));
      }
    }
    return woe;
  }

  private static double[][] matrix(List<double[]> columns, int rows) {
    double[][] x = new double[rows][columns.size()];
    for (int j = 0; j < columns.size(); j++) {
      double[] col = columns.get(j);
      for (int r = 0; r < rows; r++) {
        x[r][j] = col[r];
      }
    }
    return x;
  }

  /** Pearson correlation; 0 when either column is constant. */
  static double correlation(double[] a, double[] b) {
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < a.length; i++) {
      ma += a[i];
      mb += b[i];
    }
    ma /= a.length;
    mb /= b.length;
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < a.length; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
  }
}
