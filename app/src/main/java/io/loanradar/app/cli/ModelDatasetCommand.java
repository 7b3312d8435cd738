package io.loanradar.app.cli;

import io.loanradar.app.models.PlatformTarget;
import io.loanradar.app.models.TrainingSet;
import io.loanradar.app.models.TrainingSets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes a platform model's point-in-time training set from the store. */
@Command(
    name = "dataset",
    mixinStandardHelpOptions = true,
    description = {
      "Build the training set of a platform model from the store: one row per enterprise and",
      "as-of date with its features from what the store knew on that date and the label from what",
      "happened after it (pd_12m: default or 90+ days overdue within 12 months, borrowers only;",
      "propensity_90d: a new loan here within 90 days, every enterprise)."
    })
final class ModelDatasetCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "pd_12m|propensity_90d",
      description = "What the label says.")
  String target;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "First as-of date (default: a year after the store's first data).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description =
          "Last as-of date (default: the last month-end whose outcome window is covered).")
  LocalDate to;

  @Option(
      names = "--step-months",
      defaultValue = "1",
      paramLabel = "N",
      description = "Months between as-of dates (default ${DEFAULT-VALUE}).")
  int step;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV written.")
  Path out;

  @Override
  public Integer call() throws Exception {
    try {
      PlatformTarget t = PlatformTarget.of(target);
      try (ConfigurableApplicationContext context = Contexts.batch(store.properties())) {
        TrainingSets sets = context.getBean(TrainingSets.class);
        List<LocalDate> dates = dates(sets, t, from, to, step);
        long start = System.nanoTime();
        TrainingSet set = sets.build(t, dates);
        set.write(out);
        System.out.printf(
            Locale.ROOT,
            "%s: %,d rows over %d as-of dates (%s to %s), %,d positive (%.1f%%), %d features,"
                + " %.1f s -> %s%n",
            t.id(),
            set.rows().size(),
            dates.size(),
            dates.get(0),
            dates.get(dates.size() - 1),
            set.positives(),
            set.rows().isEmpty() ? 0.0 : 100.0 * set.positives() / set.rows().size(),
            set.features().size(),
            (System.nanoTime() - start) / 1e9,
            out);
        return 0;
      }
    } catch (IllegalArgumentException e) {
      return ModelCommand.refuse(e);
    }
  }

  /** The as-of dates asked for, each end defaulting to what the store supports. */
  static List<LocalDate> dates(
      TrainingSets sets, PlatformTarget t, LocalDate from, LocalDate to, int step) {
    if (from != null && to != null) {
      return TrainingSets.dates(from, to, step);
    }
    List<LocalDate> supported = sets.defaultDates(t, 1);
    LocalDate first = from != null ? from : supported.get(0);
    LocalDate last = to != null ? to : supported.get(supported.size() - 1);
    return TrainingSets.dates(first, last, step);
  }
}
