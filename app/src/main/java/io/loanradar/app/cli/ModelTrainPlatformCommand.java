package io.loanradar.app.cli;

import io.loanradar.app.models.PlatformModels;
import io.loanradar.app.models.PlatformTarget;
import io.loanradar.app.models.TrainingSets;
import io.loanradar.model.Learner;
import io.loanradar.model.metrics.Discrimination;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Trains a platform model from the store and registers it as a candidate. */
@Command(
    name = "train-platform",
    mixinStandardHelpOptions = true,
    description = {
      "Train pd_12m or propensity_90d from the store: build the point-in-time training set over",
      "monthly as-of dates, train on the earlier dates, validate on the latest 30% of them, write",
      "the model directory under <data-dir>/models and register it as a candidate in the registry."
    })
final class ModelTrainPlatformCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "pd_12m|propensity_90d",
      description = "Which platform model.")
  String target;

  @Option(
      names = "--learner",
      defaultValue = "scorecard",
      paramLabel = "scorecard|gbm",
      description = "Learner (default ${DEFAULT-VALUE}).")
  String learner;

  @Option(names = "--from", paramLabel = "DATE", description = "First as-of date.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last as-of date.")
  LocalDate to;

  @Option(
      names = "--step-months",
      defaultValue = "1",
      paramLabel = "N",
      description = "Months between as-of dates (default ${DEFAULT-VALUE}).")
  int step;

  @Option(
      names = "--as",
      defaultValue = "${sys:user.name}",
      paramLabel = "USER",
      description = "Who trains it, as recorded in the registry (default: the OS user).")
  String actor;

  @Override
  public Integer call() throws Exception {
    try {
      PlatformTarget t = PlatformTarget.of(target);
      Learner l = Learner.of(learner);
      try (ConfigurableApplicationContext context = Contexts.batch(store.properties())) {
        List<LocalDate> dates =
            ModelDatasetCommand.dates(context.getBean(TrainingSets.class), t, from, to, step);
        PlatformModels.Result r = context.getBean(PlatformModels.class).train(t, l, dates, actor);
        System.out.printf(
            Locale.ROOT,
            "%s: %,d rows, %,d positive (%.1f%%), %.1f s%n",
            r.version().label(),
            r.rows(),
            r.positives(),
            100.0 * r.positives() / r.rows(),
            r.seconds());
        print(
            "train " + r.trainDates().get(0) + ".." + r.trainDates().get(r.trainDates().size() - 1),
            r.train());
        print(
            "validate "
                + r.validateDates().get(0)
                + ".."
                + r.validateDates().get(r.validateDates().size() - 1),
            r.validation());
        System.out.println("候选模型 candidate #" + r.version().id() + " in " + r.version().dir());
        return 0;
      }
    } catch (IllegalArgumentException e) {
      return ModelCommand.refuse(e);
    }
  }

  private static void print(String part, Discrimination d) {
    System.out.printf(
        Locale.ROOT,
        "  %-32s AUC %.4f  KS %.4f  (%,d rows, %,d positive)%n",
        part,
        d.auc(),
        d.ks(),
        d.rows(),
        d.bads());
  }
}
