package io.loanradar.app.cli;

import io.loanradar.model.data.Dataset;
import io.loanradar.model.data.Table;
import io.loanradar.model.metrics.Deciles;
import io.loanradar.model.metrics.Discrimination;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Measures a scores file against its labels. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate a scores file (as written by model predict): AUC, KS, Gini, lift by decile and",
      "calibration (mean predicted vs observed bad rate by decile)."
    })
final class ModelEvaluateCommand implements Callable<Integer> {

  @Option(names = "--scores", required = true, paramLabel = "FILE", description = "Scores CSV.")
  Path scores;

  @Option(names = "--label", required = true, paramLabel = "COL", description = "Label column.")
  String label;

  @Option(
      names = "--bad",
      paramLabel = "VALUE",
      description = "Label value that means bad (default: 1 when the label is 0/1).")
  String bad;

  @Option(
      names = "--column",
      defaultValue = "probability",
      paramLabel = "COL",
      description = "Probability-of-bad column (default ${DEFAULT-VALUE}).")
  String column;

  @Override
  public Integer call() throws Exception {
    try {
      Table table = Table.read(scores);
      int[] y = Dataset.binaryLabel(table, label, bad);
      int c = table.column(column, "probability");
      double[] p = new double[table.size()];
      for (int r = 0; r < p.length; r++) {
        String cell = table.cell(r, c);
        if (cell == null) {
          throw new IllegalArgumentException(
              scores + " line " + table.line(r) + ": no value in column '" + column + "'");
        }
        try {
          p[r] = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              scores
                  + " line "
                  + table.line(r)
                  + ": '"
                  + cell
                  + "' in '"
                  + column
                  + "' is not a number");
        }
        if (!(p[r] >= 0 && p[r] <= 1)) {
          throw new IllegalArgumentException(
              scores
                  + " line "
                  + table.line(r)
                  + ": '"
                  + column
                  + "' must be a probability in"
                  + " [0, 1], was "
                  + cell);
        }
      }
      Discrimination d = Discrimination.of(p, y);
      System.out.printf(
          Locale.ROOT,
          "%,d rows, %,d bad (%.2f%%)%nAUC %.4f   KS %.4f   Gini %.4f%n",
          d.rows(),
          d.bads(),
          100.0 * d.bads() / d.rows(),
          d.auc(),
          d.ks(),
          d.gini());
      Deciles deciles = Deciles.of(p, y, 10);
      System.out.println();
      System.out.println("提升表 lift (riskiest decile first)");
      System.out.println("decile,rows,bads,bad_rate,lift,cumulative_bad_capture,min_p,max_p");
      for (Deciles.Group g : deciles.groups()) {
        System.out.printf(
            Locale.ROOT,
            "%d,%d,%d,%.4f,%.2f,%.4f,%.4f,%.4f%n",
            g.group(),
            g.rows(),
            g.bads(),
            g.badRate(),
            g.lift(),
            g.cumulativeCapture(),
            g.minRisk(),
            g.maxRisk());
      }
      System.out.println();
      System.out.println("校准 calibration (riskiest decile first)");
      System.out.println("decile,rows,mean_predicted,observed_bad_rate,difference");
      for (Deciles.Group g : deciles.groups()) {
        System.out.printf(
            Locale.ROOT,
            "%d,%d,%.4f,%.4f,%+.4f%n",
            g.group(),
            g.rows(),
            g.meanPredicted(),
            g.badRate(),
            g.meanPredicted() - g.badRate());
      }
      return 0;
    } catch (IllegalArgumentException e) {
      return ModelCommand.refuse(e);
    }
  }
}
