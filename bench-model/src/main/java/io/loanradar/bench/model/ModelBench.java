package io.loanradar.bench.model;

import io.loanradar.model.CrossValidation;
import io.loanradar.model.Learner;
import io.loanradar.model.ModelLab;
import io.loanradar.model.TrainOptions;
import io.loanradar.model.data.Dataset;
import io.loanradar.model.data.DatasetSpec;
import io.loanradar.model.data.Table;
import io.loanradar.model.metrics.Discrimination;
import io.loanradar.model.score.Predictor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * For each real data set and learner: hold-out AUC/KS (stratified 30%, seed 42), stratified 5-fold
 * cross-validated AUC/KS (seed 42), median training time of three fits on all rows, and prediction
 * throughput in rows per second (probabilities only, and with three reason codes), after a warm-up.
 *
 * <p>Usage: {@code ModelBench DATA_DIR}, where DATA_DIR holds {@code german-credit/} and {@code
 * taiwan-bankruptcy/} as in the shared data folder.
 */
public final class ModelBench {

  private ModelBench() {}

  record Case(String name, Path file, DatasetSpec spec) {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "../shared/data");
    List<Case> cases =
        List.of(
            new Case(
                "German credit",
                root.resolve("german-credit/german_credit.csv"),
                DatasetSpec.of("class", "2")),
            new Case(
                "Taiwan bankruptcy",
                root.resolve("taiwan-bankruptcy/data.csv"),
                DatasetSpec.of("Bankrupt?", null)));
    System.out.printf(
        Locale.ROOT,
        "java %s, %d cores%n%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    System.out.println(
        "| data | learner | hold-out AUC | hold-out KS | 5-fold AUC (± sd) | 5-fold KS |"
            + " train s (all rows) | predict rows/s | predict+reasons rows/s |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (Case c : cases) {
      if (!Files.isRegularFile(c.file())) {
        System.out.println("| " + c.name() + " | skipped: " + c.file() + " not found |");
        continue;
      }
      Dataset data = Dataset.of(Table.read(c.file()), c.spec());
      for (Learner learner : Learner.values()) {
        TrainOptions options = TrainOptions.defaults(learner);
        ModelLab.Trained held = ModelLab.train(data, options, null, Clock.systemUTC());
        CrossValidation cv = ModelLab.crossValidate(data, options, 5);
        double[] seconds = new double[3];
        Predictor model = null;
        for (int i = 0; i < seconds.length; i++) {
          long start = System.nanoTime();
          model = ModelLab.fit(data, options);
          seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        Predictor m = model;
        double plain = throughput(data.size(), () -> m.probabilities(data.table()));
        double reasons = throughput(data.size(), () -> m.predict(data.table(), 3));
        Discrimination h = held.holdout();
        System.out.printf(
            Locale.ROOT,
            "| %s | %s | %.3f | %.3f | %.3f (± %.3f) | %.3f | %.2f | %,.0f | %,.0f |%n",
            c.name(),
            learner.id(),
            h.auc(),
            h.ks(),
            cv.meanAuc(),
            cv.sdAuc(),
            cv.meanKs(),
            seconds[1],
            plain,
            reasons);
      }
    }
  }

  /** Rows per second over repeated runs lasting at least two seconds, after one warm-up run. */
  private static double throughput(int rows, Runnable run) {
    run.run();
    long start = System.nanoTime();
    long done = 0;
    while (System.nanoTime() - start < 2_000_000_000L) {
      run.run();
      done += rows;
    }
    return done / ((System.nanoTime() - start) / 1e9);
  }
}
