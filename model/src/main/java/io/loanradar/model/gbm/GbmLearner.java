package io.loanradar.model.gbm;

import io.loanradar.model.data.Dataset;
import io.loanradar.model.data.Split;
import io.loanradar.model.score.Scaling;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Trains a gradient-boosted tree model with XGBoost. A stratified {@code earlyStopFraction} of the
 * training rows is held back to pick the number of trees (stop when its AUC has not improved for
 * {@code earlyStopRounds}); the model is then refitted on the rest with exactly that many trees.
 * Bads are weighted ({@code scale_pos_weight}, by default √(goods / bads)) and the log-odds are
 * shifted back by ln(weight) so that probabilities stay on the real bad rate.
 *
 * @param eta learning rate (default 0.05)
 * @param maxDepth tree depth (default 3)
 * @param minChildWeight least hessian weight in a leaf (default 1)
 * @param subsample rows sampled per tree (default 0.8)
 * @param colsample columns sampled per tree (default 0.5)
 * @param l2 L2 penalty on leaf weights (default 5)
 * @param maxRounds most trees (default 1000)
 * @param earlyStopRounds rounds without improvement before stopping (default 100)
 * @param earlyStopFraction share of the training rows used for early stopping (default 0.2)
 * @param imbalance how much the bads are weighted (scale_pos_weight)
 * @param seed random seed of sampling and the early-stopping split
 * @param threads XGBoost threads (default 1: repeatable, and no OpenMP spinning on a busy host)
 * @param scaling points scaling of the score
 */
public record GbmLearner(
    double eta,
    int maxDepth,
    double minChildWeight,
    double subsample,
    double colsample,
    double l2,
    int maxRounds,
    int earlyStopRounds,
    double earlyStopFraction,
    Imbalance imbalance,
    long seed,
    int threads,
    Scaling scaling) {

  /** How the rarer bads are weighted against the goods. */
  public enum Imbalance {
    /** Weight 1. */
    NONE,
    /** Weight √(goods / bads): a middle way that keeps trees from chasing a few bads. */
    SQRT,
    /** Weight goods / bads: bads and goods count alike in total. */
    FULL;

    double weight(int goods, int bads) {
      if (bads == 0 || this == NONE) {
        return 1;
      }
      double ratio = (double) goods / bads;
      return this == SQRT ? Math.sqrt(ratio) : ratio;
    }
  }

  public static GbmLearner defaults(long seed) {
    return new GbmLearner(
        0.05, 3, 1, 0.8, 0.5, 5, 1000, 100, 0.2, Imbalance.SQRT, seed, 1, Scaling.DEFAULT);
  }

  public GbmLearner {
    if (!(eta > 0 && eta <= 1) || maxDepth < 1 || maxRounds < 1 || earlyStopRounds < 1) {
      throw new IllegalArgumentException(
          "gbm needs 0 < eta ≤ 1, depth ≥ 1, rounds ≥ 1, early-stop rounds ≥ 1");
    }
  }

  /** Trains on the data set's rows. */
  public GbmModel train(Dataset data) {
    Encoding encoding = new Encoding(data.features());
    int[] y = data.label();
    Split inner = Split.stratified(y, earlyStopFraction, seed);
    Dataset fit = data.subset(inner.train());
    Dataset stop = data.subset(inner.test());
    double weight = imbalance.weight(fit.size() - fit.bads(), fit.bads());
    Map<String, Object> params = params(weight);
    try {
      DMatrix fitMatrix = matrix(encoding, fit);
      DMatrix stopMatrix = matrix(encoding, stop);
      Map<String, DMatrix> watches = new LinkedHashMap<>();
      watches.put("train", fitMatrix);
      watches.put("stop", stopMatrix);
      float[][] history = new float[watches.size()][maxRounds];
      Map<String, Object> quiet = new LinkedHashMap<>(params);
      quiet.put("verbose_eval", "false");
      Booster probe =
          XGBoost.train(fitMatrix, quiet, maxRounds, watches, history, null, null, earlyStopRounds);
      int rounds = bestRounds(probe, history[1]);
      probe.dispose();
      Booster booster =
          XGBoost.train(fitMatrix, quiet, rounds, new HashMap<>(), null, null, null, 0);
      fitMatrix.dispose();
      stopMatrix.dispose();
      Map<String, Object> facts = new LinkedHashMap<>(params);
      facts.put("rounds", rounds);
      facts.put("max_rounds", maxRounds);
      facts.put("early_stopping_rounds", earlyStopRounds);
      facts.put("early_stopping_fraction", earlyStopFraction);
      facts.put("early_stopping_auc", history[1][rounds - 1]);
      facts.put("imbalance", imbalance.name().toLowerCase(java.util.Locale.ROOT));
      facts.put("log_odds_shift", -Math.log(weight));
      return new GbmModel(booster, encoding, -Math.log(weight), scaling, facts);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost failed to train: " + e.getMessage(), e);
    }
  }

  private Map<String, Object> params(double weight) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("objective", "binary:logistic");
    p.put("eval_metric", "auc");
    p.put("tree_method", "hist");
    p.put("eta", eta);
    p.put("max_depth", maxDepth);
    p.put("min_child_weight", minChildWeight);
    p.put("subsample", subsample);
    p.put("colsample_bytree", colsample);
    p.put("lambda", l2);
    p.put("scale_pos_weight", weight);
    p.put("seed", seed);
    p.put("nthread", threads);
    p.put("verbosity", 0);
    return p;
  }

  /** Trees up to and including the best early-stopping round. */
  private static int bestRounds(Booster booster, float[] stopAuc) throws XGBoostError {
    String best = booster.getAttr("best_iteration");
    if (best != null) {
      return Integer.parseInt(best.trim()) + 1;
    }
    int arg = 0;
    for (int i = 1; i < stopAuc.length; i++) {
      if (stopAuc[i] > stopAuc[arg]) {
        arg = i;
      }
    }
    return arg + 1;
  }

  static DMatrix matrix(Encoding encoding, Dataset data) throws XGBoostError {
    DMatrix m =
        new DMatrix(encoding.encode(data.table()), data.size(), encoding.width(), Float.NaN);
    int[] y = data.label();
    float[] labels = new float[y.length];
    for (int i = 0; i < y.length; i++) {
      labels[i] = y[i];
    }
    m.setLabel(labels);
    return m;
  }
}
