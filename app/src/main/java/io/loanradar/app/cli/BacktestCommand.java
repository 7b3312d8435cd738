package io.loanradar.app.cli;

import io.loanradar.app.demand.AnalystRules;
import io.loanradar.app.demand.Backtest;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Replays the demand triggers over past dates and measures them against what happened. */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description = {
      "Replay the scenario triggers at every step between two dates using only what was known",
      "then; compare with the loans that started and (synthetic bank) truth.csv: precision,",
      "recall, median lead time and opportunities per RM per week, per scenario."
    })
final class BacktestCommand implements Callable<Integer> {

  private static final Pattern STEP = Pattern.compile("(\\d+)([dw])");

  @Mixin StoreOptions store;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "DATE", description = "First step.")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last step.")
  LocalDate to;

  @Option(
      names = "--step",
      paramLabel = "Nd|Nw",
      defaultValue = "7d",
      description = "Days (d) or weeks (w) between steps (default: ${DEFAULT-VALUE}).")
  String step;

  @Option(names = "--truth", paramLabel = "FILE", description = "truth.csv of the synthetic bank.")
  Path truth;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the table as CSV.")
  Path out;

  @Option(
      names = "--episodes",
      paramLabel = "FILE",
      description = "Also write every episode (one would-be opportunity) as CSV.")
  Path episodes;

  @Override
  public Integer call() throws Exception {
    Matcher m = STEP.matcher(step);
    if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--step must look like 7d or 2w, not '" + step + "'");
    }
    int days = Integer.parseInt(m.group(1)) * (m.group(2).equals("w") ? 7 : 1);
    if (truth != null && !Files.isReadable(truth)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--truth " + truth + " is not a readable file");
    }
    try (ConfigurableApplicationContext context = Contexts.batch(store.properties())) {
      Backtest.Report r =
          context.getBean(Backtest.class).run(from, to, days, Optional.ofNullable(truth));
      System.out.printf(
          Locale.ROOT,
          "回测 back-test %s … %s every %d days: %d steps, %,d enterprises, %d RMs, %d reads,"
              + " %.1f s; outcomes known until %s, so precision judges episodes begun by %s%n",
          r.from(),
          r.to(),
          r.stepDays(),
          r.steps(),
          r.enterprises(),
          r.relationshipManagers(),
          r.reads(),
          r.elapsed().toMillis() / 1000.0,
          r.outcomesUntil(),
          r.judgedBy());
      System.out.printf(
          Locale.ROOT,
          "%-18s %8s %7s %9s %7s %7s %6s %7s %9s %9s %8s %9s %9s%n",
          "scenario",
          "episodes",
          "judged",
          "/RM/week",
          "stories",
          "before",
          "found",
          "recall",
          "precision",
          "lead(d)",
          "by-loan",
          "loan-prec",
          "loan-lead");
      for (Backtest.Row row : r.rows()) {
        System.out.printf(
            Locale.ROOT,
            "%-18s %8d %7d %9.2f %7d %7d %6d %7.2f %9.2f %9.1f %8d %9.2f %9.1f%n",
            row.scenario(),
            row.episodes(),
            row.judged(),
            row.perRmWeek(),
            row.stories(),
            row.begunBefore(),
            row.found(),
            row.recall(),
            row.precision(),
            row.medianLeadDays(),
            row.confirmedByLoan(),
            row.loanPrecision(),
            row.medianLoanLeadDays());
      }
      RuleLines.print(context.getBean(AnalystRules.class), r.ruleCounts());
      if (out != null) {
        write(r, out);
      }
      if (episodes != null) {
        writeEpisodes(r, episodes);
      }
      return 0;
    }
  }

  private static void write(Backtest.Report r, Path out) throws java.io.IOException {
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv =
            new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      csv.printRecord(
          "scenario",
          "episodes",
          "judged",
          "per_rm_week",
          "stories",
          "begun_before",
          "found",
          "recall",
          "precision",
          "median_lead_days",
          "confirmed_by_loan",
          "loan_precision",
          "median_loan_lead_days");
      for (Backtest.Row row : r.rows()) {
        csv.printRecord(
            row.scenario(),
            row.episodes(),
            row.judged(),
            num(row.perRmWeek()),
            row.stories(),
            row.begunBefore(),
            row.found(),
            num(row.recall()),
            num(row.precision()),
            num(row.medianLeadDays()),
            row.confirmedByLoan(),
            num(row.loanPrecision()),
            num(row.medianLoanLeadDays()));
      }
    }
  }

  private static void writeEpisodes(Backtest.Report r, Path out) throws java.io.IOException {
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv =
            new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      csv.printRecord(
          "enterprise_id",
          "scenario",
          "first_detected",
          "last_detected",
          "found_story",
          "loan_start",
          "judged");
      for (Backtest.EpisodeRow e : r.episodes()) {
        csv.printRecord(
            e.enterpriseId(),
            e.scenario(),
            e.first(),
            e.last(),
            e.foundStory(),
            e.loanStart().map(Object::toString).orElse(""),
            e.judged());
      }
    }
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
  }
}
