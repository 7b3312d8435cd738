package io.loanradar.app.cli;

import io.loanradar.app.score.ScorecardCheck;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Measures how the key-customer score ranks later defaults. */
@Command(
    name = "validate-scorecard",
    mixinStandardHelpOptions = true,
    description = {
      "Score the borrowers as of a date and measure how the score ranks what happened next",
      "(default, write-off or more than 90 days overdue within the horizon): AUC, KS, bad rate by grade."
    })
final class ValidateScorecardCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      required = true,
      description = "As-of date of the scores.")
  LocalDate asOf;

  @Option(
      names = "--horizon-months",
      paramLabel = "N",
      defaultValue = "12",
      description = "Outcome window in months (default ${DEFAULT-VALUE}).")
  int horizon;

  @Override
  public Integer call() throws Exception {
    try (ConfigurableApplicationContext context = Contexts.batch(store.properties())) {
      ScorecardCheck.Result r = context.getBean(ScorecardCheck.class).check(asOf, horizon);
      System.out.printf(
          Locale.ROOT,
          "as of %s, horizon %d months: %d borrowers, %d bad (%.1f%%)%n",
          r.asOf(),
          r.horizonMonths(),
          r.borrowers(),
          r.bads(),
          r.borrowers() == 0 ? 0.0 : 100.0 * r.bads() / r.borrowers());
      System.out.printf(Locale.ROOT, "AUC %s   KS %s%n", fmt(r.auc()), fmt(r.ks()));
      System.out.println("grade,borrowers,bad,bad_rate");
      r.byGrade()
          .forEach(
              (grade, rate) ->
                  System.out.printf(
                      Locale.ROOT,
                      "%s,%d,%d,%.3f%n",
                      grade,
                      rate.count(),
                      rate.bad(),
                      rate.rate()));
      return 0;
    }
  }

  private static String fmt(java.util.OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "n/a";
  }
}
