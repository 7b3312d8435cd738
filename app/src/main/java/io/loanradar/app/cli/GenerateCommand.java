package io.loanradar.app.cli;

import io.loanradar.core.synthetic.GenerationSummary;
import io.loanradar.core.synthetic.GeneratorOptions;
import io.loanradar.core.synthetic.SyntheticBank;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a synthetic bank in the data contract, with its planted ground truth. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a synthetic bank: every input kind of the data contract plus truth.csv, the planted",
      "stories. The same options always give the same files."
    })
final class GenerateCommand implements Callable<Integer> {

  @Option(
      names = "--enterprises",
      paramLabel = "N",
      defaultValue = "2000",
      description = "Number of enterprises (default ${DEFAULT-VALUE}).")
  int enterprises;

  @Option(
      names = "--months",
      paramLabel = "M",
      defaultValue = "24",
      description = "Months of history (default ${DEFAULT-VALUE}).")
  int months;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "20240101",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--last-month",
      paramLabel = "YYYY-MM",
      description = "Last month of data (default: the month before this one).")
  YearMonth lastMonth;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "Folder to write into.")
  Path out;

  @Override
  public Integer call() throws Exception {
    YearMonth last =
        lastMonth != null
            ? lastMonth
            : YearMonth.now(Clock.system(ZoneId.of("Asia/Shanghai"))).minusMonths(1);
    GenerationSummary summary =
        SyntheticBank.generate(new GeneratorOptions(enterprises, months, seed, last), out);
    summary
        .rowsPerFile()
        .forEach((file, rows) -> System.out.printf(Locale.ROOT, "%-20s %,12d%n", file, rows));
    System.out.printf(
        Locale.ROOT, "%.1f s → %s%n", summary.elapsed().toMillis() / 1000.0, out.toAbsolutePath());
    return 0;
  }
}
