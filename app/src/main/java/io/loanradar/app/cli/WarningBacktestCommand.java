package io.loanradar.app.cli;

import io.loanradar.app.warning.WarningBacktest;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Replays early warning over past dates and measures recall, precision and lead time. */
@Command(
    name = "warning-backtest",
    mixinStandardHelpOptions = true,
    description = {
      "Replay early warning every step from --from to --to using only what was known on each",
      "date, and compare each debtor's first alert with what happened: truth.csv DETERIORATION and",
      "CONTAGION stories and bad outcomes on this bank's loans. Prints recall, precision and the",
      "lead time from first alert to outcome. Nothing is written to the store."
    })
final class WarningBacktestCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Option(names = "--from", required = true, paramLabel = "DATE", description = "First step.")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last step.")
  LocalDate to;

  @Option(
      names = "--step",
      paramLabel = "Nd",
      defaultValue = "7d",
      description = "Days between steps, e.g. 7d (default: ${DEFAULT-VALUE}).")
  String step;

  @Option(
      names = "--truth",
      paramLabel = "FILE",
      description = "truth.csv of a generated bank (default: compare with loan outcomes only).")
  Path truth;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write one row per debtor (default: not written).")
  Path out;

  @Override
  public Integer call() throws Exception {
    int days = days(step);
    try (ConfigurableApplicationContext context = Contexts.batch(store.properties())) {
      WarningBacktest.Result r = context.getBean(WarningBacktest.class).run(from, to, days, truth);
      if (out != null) {
        write(r, out);
      }
      System.out.printf(
          Locale.ROOT,
          "预警回测 warning back-test %s..%s, %d steps of %d days, %,d debtors, %.1f s%n"
              + "  deteriorations with an outcome in the window: %,d; alerted before the outcome:"
              + " %,d; recall %.3f%n"
              + "  debtors alerted: %,d; of them deteriorating: %,d; precision %.3f%n"
              + "  lead days from first alert to outcome: median %.0f, p25 %.0f, p75 %.0f,"
              + " min %.0f, max %.0f%n",
          r.from(),
          r.to(),
          r.steps(),
          days,
          r.debtors().size(),
          r.elapsed().toMillis() / 1000.0,
          r.outcomes(),
          r.detected(),
          r.recall(),
          r.alerted(),
          r.alertedDeteriorating(),
          r.precision(),
          r.medianLead(),
          r.percentile(0.25),
          r.percentile(0.75),
          r.percentile(0.0),
          r.percentile(1.0));
      return 0;
    }
  }

  static int days(String step) {
    String s = step.strip().toLowerCase(Locale.ROOT);
    if (s.endsWith("d")) {
      s = s.substring(0, s.length() - 1);
    }
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--step must be a number of days like 7d: " + step, e);
    }
  }

  private static void write(WarningBacktest.Result r, Path out) throws java.io.IOException {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv =
            new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      csv.printRecord(
          "enterprise_id",
          "story",
          "first_alert",
          "outcome_on",
          "lead_days",
          "deteriorated",
          "first_signals");
      for (WarningBacktest.Debtor d : r.debtors()) {
        csv.printRecord(
            d.enterpriseId(),
            d.story().orElse(""),
            d.firstAlert().map(Object::toString).orElse(""),
            d.outcomeOn().map(Object::toString).orElse(""),
            d.leadDays().map(Object::toString).orElse(""),
            d.deteriorated(),
            d.firstSignals());
      }
    }
  }
}
