package io.loanradar.app.cli;

import io.loanradar.model.ModelLab;
import io.loanradar.model.data.Table;
import io.loanradar.model.metrics.Stability;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Population stability of a score between two scores files. */
@Command(
    name = "psi",
    mixinStandardHelpOptions = true,
    description = {
      "Population stability index of a score column between an expected (development) and an",
      "actual scores file, over the expected file's deciles: < 0.1 stable, 0.1-0.25 investigate,",
      "> 0.25 redevelop. With --model, the two files are data tables: the model scores both and",
      "the CSI of every feature it reads is listed too."
    })
final class ModelPsiCommand implements Callable<Integer> {

  @Option(names = "--expected", required = true, paramLabel = "FILE", description = "Baseline.")
  Path expected;

  @Option(names = "--actual", required = true, paramLabel = "FILE", description = "Recent.")
  Path actual;

  @Option(
      names = "--column",
      defaultValue = "score",
      paramLabel = "COL",
      description = "Column compared (default ${DEFAULT-VALUE}).")
  String column;

  @Option(
      names = "--model",
      paramLabel = "DIR",
      description = "Model directory: score both data files and add the CSI per feature.")
  Path model;

  @Override
  public Integer call() throws Exception {
    try {
      if (model != null) {
        Map<String, Stability> all =
            ModelLab.stability(ModelLab.load(model), Table.read(expected), Table.read(actual));
        System.out.println("name,psi,flag");
        all.forEach(
            (name, s) ->
                System.out.printf(
                    Locale.ROOT,
                    "%s,%.4f,%s%n",
                    name.contains(",") ? "\"" + name + "\"" : name,
                    s.psi(),
                    s.flag().label()));
        return 0;
      }
      Stability s = Stability.of(numbers(expected), numbers(actual));
      System.out.printf(Locale.ROOT, "PSI of %s: %.4f  %s%n", column, s.psi(), s.flag().label());
      System.out.println("bin,expected_share,actual_share,contribution");
      for (Stability.Bin b : s.bins()) {
        System.out.printf(
            Locale.ROOT,
            "%s,%.4f,%.4f,%.4f%n",
            b.label(),
            b.expectedShare(),
            b.actualShare(),
            b.contribution());
      }
      return 0;
    } catch (IllegalArgumentException e) {
      return ModelCommand.refuse(e);
    }
  }

  private double[] numbers(Path file) throws java.io.IOException {
    Table table = Table.read(file);
    int c = table.column(column, "score");
    double[] x = new double[table.size()];
    for (int r = 0; r < x.length; r++) {
      String cell = table.cell(r, c);
      try {
        x[r] = cell == null ? Double.NaN : Double.parseDouble(cell);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            file
                + " line "
                + table.line(r)
                + ": '"
                + cell
                + "' in '"
                + column
                + "' is not a number");
      }
    }
    return x;
  }
}
