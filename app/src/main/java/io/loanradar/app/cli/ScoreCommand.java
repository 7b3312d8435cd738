package io.loanradar.app.cli;

import io.loanradar.app.score.Scoring;
import io.loanradar.core.scorecard.Factor;
import io.loanradar.core.scorecard.Score;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Scores every enterprise as of a date and writes the contract's scores.csv. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Score every enterprise on the key-customer scorecard as of a date, from what the store knew",
      "on that date; keep the scores as that date's history and write scores.csv."
    })
final class ScoreCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Mixin AsOfOption asOf;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write scores.csv (default: not written).")
  Path out;

  @Override
  public Integer call() throws Exception {
    try (ConfigurableApplicationContext context = Contexts.batch(store.properties())) {
      LocalDate date = asOf.orToday(context.getBean(Clock.class));
      Scoring.Run run = context.getBean(Scoring.class).scoreAll(date);
      if (out != null) {
        write(run, out);
      }
      long a = run.scored().stream().filter(s -> s.score().grade().name().equals("A")).count();
      long b = run.scored().stream().filter(s -> s.score().grade().name().equals("B")).count();
      System.out.printf(
          Locale.ROOT,
          "评分 scored %,d enterprises as of %s in %.1f s: A %,d, B %,d, C %,d%n",
          run.scored().size(),
          date,
          run.elapsed().toMillis() / 1000.0,
          a,
          b,
          run.scored().size() - a - b);
      return 0;
    }
  }

  static void write(Scoring.Run run, Path out) throws java.io.IOException {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv =
            new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      csv.printRecord(
          "enterprise_id",
          "as_of",
          "score",
          "grade",
          "tier",
          "factor_size",
          "factor_industry_position",
          "factor_credit",
          "factor_growth",
          "factor_relationship",
          "factor_leverage",
          "pd_12m",
          "propensity_90d",
          "funding_gap_next_q",
          "reasons");
      for (Scoring.Scored s : run.scored()) {
        Score score = s.score();
        csv.printRecord(
            s.enterpriseId().value(),
            run.asOf(),
            two(score.total()),
            score.grade(),
            score.tier(),
            two(score.factor(Factor.SIZE)),
            two(score.factor(Factor.INDUSTRY_POSITION)),
            two(score.factor(Factor.CREDIT)),
            two(score.factor(Factor.GROWTH)),
            two(score.factor(Factor.RELATIONSHIP)),
            two(score.factor(Factor.LEVERAGE)),
            probability(s.models().pd12m()),
            probability(s.models().propensity90d()),
            "",
            score.reasonsText());
      }
    }
  }

  private static String probability(java.util.OptionalDouble p) {
    return p.isPresent() ? String.format(Locale.ROOT, "%.6f", p.getAsDouble()) : "";
  }

  private static String two(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
