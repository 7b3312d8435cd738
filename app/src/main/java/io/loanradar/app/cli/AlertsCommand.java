package io.loanradar.app.cli;

import io.loanradar.app.warning.Alert;
import io.loanradar.app.warning.Alerts;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Raises early-warning alerts as of a date and writes the contract's alerts.csv. */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate every early-warning signal, risk grade, five-category suggestion and contagion",
      "as of a date from what the store knew then; raise or escalate alerts in the store (one",
      "open alert per debtor) and write alerts.csv with every alert that date stands behind."
    })
final class AlertsCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Mixin AsOfOption asOf;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write alerts.csv (default: not written).")
  Path out;

  @Option(
      names = "--actor",
      paramLabel = "NAME",
      defaultValue = "system",
      description = "Who runs it, kept with every raised alert (default: ${DEFAULT-VALUE}).")
  String actor;

  @Override
  public Integer call() throws Exception {
    try (ConfigurableApplicationContext context = Contexts.batch(store.properties())) {
      LocalDate date = asOf.orToday(context.getBean(Clock.class));
      Alerts.Run run = context.getBean(Alerts.class).raise(date, actor);
      if (out != null) {
        write(run.current(), out);
      }
      long[] grades = new long[6];
      run.assessments().forEach(a -> grades[a.riskGrade()]++);
      System.out.printf(
          Locale.ROOT,
          "预警 alerts as of %s in %.1f s: %,d debtors assessed (grade 1-5: %,d / %,d / %,d / %,d /"
              + " %,d); %,d raised, %,d escalated, %,d open unchanged%n",
          date,
          run.elapsed().toMillis() / 1000.0,
          run.assessments().size(),
          grades[1],
          grades[2],
          grades[3],
          grades[4],
          grades[5],
          run.raised().size(),
          run.escalated().size(),
          run.unchanged().size());
      return 0;
    }
  }

  static void write(List<Alert> alerts, Path out) throws IOException {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv =
            new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      csv.printRecord(
          "alert_id",
          "enterprise_id",
          "raised_on",
          "signals",
          "severity",
          "risk_grade",
          "suggested_five_category",
          "evidence");
      for (Alert a : alerts) {
        csv.printRecord(
            a.alertId(),
            a.enterpriseId(),
            a.raisedOn(),
            a.signals(),
            a.severity(),
            a.riskGrade(),
            a.suggestedFiveCategory(),
            a.evidenceZh());
      }
    }
  }
}
