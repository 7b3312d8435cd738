package io.loanradar.app.cli;

import io.loanradar.model.ModelLab;
import io.loanradar.model.data.Table;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Applies a model directory to a CSV table. */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    description = {
      "Predict with a model directory: one line per row with id, probability of bad, score and",
      "the top three reason codes (zh / en). The label is copied when the table has it."
    })
final class ModelPredictCommand implements Callable<Integer> {

  @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model directory.")
  Path model;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV table.")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Scores CSV.")
  Path out;

  @Override
  public Integer call() throws Exception {
    try {
      ModelLab.Loaded loaded = ModelLab.load(model);
      long start = System.nanoTime();
      int rows = ModelLab.predict(loaded, Table.read(data), out);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "预测 predicted %,d rows with the %s model in %.2f s → %s%n",
          rows,
          loaded.predictor().learner(),
          seconds,
          out);
      return 0;
    } catch (IllegalArgumentException e) {
      return ModelCommand.refuse(e);
    }
  }
}
