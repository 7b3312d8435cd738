package io.loanradar.app.cli;

import io.loanradar.model.CrossValidation;
import io.loanradar.model.Learner;
import io.loanradar.model.ModelLab;
import io.loanradar.model.TrainOptions;
import io.loanradar.model.data.Dataset;
import io.loanradar.model.data.DatasetSpec;
import io.loanradar.model.data.Table;
import io.loanradar.model.gbm.GbmLearner;
import io.loanradar.model.metrics.Discrimination;
import io.loanradar.model.score.Scaling;
import io.loanradar.model.scorecard.Binning;
import io.loanradar.model.scorecard.ScorecardLearner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Trains a model on a CSV table into a self-contained directory. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Train a scorecard or a gradient-boosted model on a CSV table with a binary label; hold out",
      "part of the rows (stratified, or the latest by --time) and write the model directory."
    })
final class ModelTrainCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV table.")
  Path data;

  @Option(names = "--label", required = true, paramLabel = "COL", description = "Label column.")
  String label;

  @Option(
      names = "--bad",
      paramLabel = "VALUE",
      description = "Label value that means bad (default: 1 when the label is 0/1).")
  String bad;

  @Option(names = "--id", paramLabel = "COL", description = "Id column (not a feature).")
  String id;

  @Option(
      names = "--time",
      paramLabel = "COL",
      description = "Time column: hold out the latest rows instead of a random stratified part.")
  String time;

  @Option(
      names = "--exclude",
      split = ",",
      paramLabel = "COLS",
      description = "Columns that are not features, comma-separated.")
  List<String> exclude = List.of();

  @Option(
      names = "--learner",
      required = true,
      paramLabel = "scorecard|gbm",
      description = "scorecard or gbm.")
  String learner;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Model directory.")
  Path out;

  @Option(
      names = "--holdout",
      defaultValue = "0.3",
      paramLabel = "SHARE",
      description = "Share of rows held out (default ${DEFAULT-VALUE}).")
  double holdout;

  @Option(
      names = "--seed",
      defaultValue = "42",
      paramLabel = "N",
      description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--cv",
      defaultValue = "0",
      paramLabel = "K",
      description = "Also report stratified K-fold cross-validation (default: off).")
  int folds;

  @Option(
      names = "--max-categories",
      defaultValue = "50",
      paramLabel = "N",
      description = "Refuse text columns with more values (default ${DEFAULT-VALUE}).")
  int maxCategories;

  @Option(
      names = "--special",
      split = ",",
      paramLabel = "VALUES",
      description = "Numeric values binned apart by the scorecard, e.g. -999.")
  List<Double> specials = List.of();

  @Option(
      names = "--monotonic",
      defaultValue = "true",
      negatable = true,
      description = "Scorecard: merge numeric bins until the bad rate is monotonic (default on).")
  boolean monotonic;

  @Option(names = "--min-iv", defaultValue = "0.02", paramLabel = "IV", description = "IV floor.")
  double minIv;

  @Option(
      names = "--max-correlation",
      defaultValue = "0.7",
      paramLabel = "R",
      description = "Largest |r| between kept WOE columns.")
  double maxCorrelation;

  @Option(
      names = "--max-characteristics",
      defaultValue = "20",
      paramLabel = "N",
      description = "Most characteristics on a scorecard.")
  int maxCharacteristics;

  @Option(
      names = "--l2",
      defaultValue = "1.0",
      paramLabel = "LAMBDA",
      description = "L2 penalty of the scorecard's regression.")
  double lambda;

  @Option(
      names = "--imbalance",
      defaultValue = "sqrt",
      paramLabel = "none|sqrt|full",
      description =
          "gbm: weight of the bads, scale_pos_weight = 1, √(goods/bads) or goods/bads (default"
              + " sqrt).")
  String imbalance;

  @Option(names = "--base-score", defaultValue = "600", paramLabel = "POINTS")
  double baseScore;

  @Option(
      names = "--base-odds",
      defaultValue = "50",
      paramLabel = "GOOD:BAD",
      description = "Good:bad odds at the base score (default ${DEFAULT-VALUE}).")
  double baseOdds;

  @Option(names = "--pdo", defaultValue = "20", paramLabel = "POINTS")
  double pdo;

  @Override
  public Integer call() throws Exception {
    try {
      Table table = Table.read(data);
      Dataset dataset =
          Dataset.of(table, new DatasetSpec(label, bad, id, time, exclude, maxCategories));
      TrainOptions options = options();
      ModelLab.Trained trained = ModelLab.train(dataset, options, out, Clock.systemUTC());
      System.out.printf(
          Locale.ROOT,
          "训练 trained %s on %s: %,d rows (%,d bad = %s), %d candidate features, %d used%n",
          options.learner().id(),
          data.getFileName(),
          dataset.size(),
          dataset.bads(),
          dataset.badValue(),
          dataset.features().size(),
          trained.predictor().features().size());
      print("train", trained.train());
      print(
          "holdout (" + trained.split().kind().name().toLowerCase(Locale.ROOT) + ")",
          trained.holdout());
      if (folds > 0) {
        CrossValidation cv = ModelLab.crossValidate(dataset, options, folds);
        System.out.printf(
            Locale.ROOT,
            "%d-fold CV: AUC %.4f ± %.4f, KS %.4f%n",
            folds,
            cv.meanAuc(),
            cv.sdAuc(),
            cv.meanKs());
        ModelLab.addCrossValidation(out, cv);
      }
      System.out.println("模型目录 model directory: " + out);
      return 0;
    } catch (IllegalArgumentException e) {
      return ModelCommand.refuse(e);
    }
  }

  private TrainOptions options() {
    Scaling scaling = new Scaling(baseScore, baseOdds, pdo);
    ScorecardLearner scorecard =
        new ScorecardLearner(
            new Binning(0.05, 8, monotonic, new HashSet<>(specials)),
            minIv,
            maxCorrelation,
            maxCharacteristics,
            lambda,
            scaling);
    GbmLearner d = GbmLearner.defaults(seed);
    GbmLearner gbm =
        new GbmLearner(
            d.eta(),
            d.maxDepth(),
            d.minChildWeight(),
            d.subsample(),
            d.colsample(),
            d.l2(),
            d.maxRounds(),
            d.earlyStopRounds(),
            d.earlyStopFraction(),
            imbalance(),
            seed,
            d.threads(),
            scaling);
    return new TrainOptions(Learner.of(learner), scorecard, gbm, holdout, seed);
  }

  private GbmLearner.Imbalance imbalance() {
    for (GbmLearner.Imbalance i : GbmLearner.Imbalance.values()) {
      if (i.name().equalsIgnoreCase(imbalance)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "--imbalance must be none, sqrt or full, was '" + imbalance + "'");
  }

  private static void print(String part, Discrimination d) {
    System.out.printf(
        Locale.ROOT,
        "  %-22s AUC %.4f  KS %.4f  Gini %.4f  (%,d rows, %,d bad)%n",
        part,
        d.auc(),
        d.ks(),
        d.gini(),
        d.rows(),
        d.bads());
  }
}
