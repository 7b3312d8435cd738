package io.loanradar.core.synthetic;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * Generates a bank from the command line, for measuring by hand: {@code enterprises months seed
 * lastMonth outDir}.
 */
final class GenerateBank {

  private GenerateBank() {}

  public static void main(String[] args) throws Exception {
    GeneratorOptions options =
        new GeneratorOptions(
            Integer.parseInt(args[0]),
            Integer.parseInt(args[1]),
            Long.parseLong(args[2]),
            YearMonth.parse(args[3]));
    GenerationSummary summary = SyntheticBank.generate(options, Path.of(args[4]));
    summary.rowsPerFile().forEach((file, rows) -> System.out.println(file + " " + rows));
    Runtime rt = Runtime.getRuntime();
    System.out.println("elapsed " + summary.elapsed());
    System.out.println("heap used MB " + (rt.totalMemory() - rt.freeMemory()) / (1 << 20));
  }
}
