package io.loanradar.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.loanradar.model.data.Dataset;
import io.loanradar.model.data.DatasetSpec;
import io.loanradar.model.data.Table;
import io.loanradar.model.metrics.Stability;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trains both learners on the real German credit and Taiwan bankruptcy files (skipped with a
 * message when the shared data folder is absent) and checks that a saved model, copied elsewhere
 * and read back, gives the very same probabilities.
 */
class RealDataTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T08:00:00Z"), ZoneOffset.UTC);

  static Path data(String relative) {
    Path root = Path.of(System.getProperty("loanradar.data", "../../shared/data"));
    Path file = root.resolve(relative);
    assumeTrue(Files.isRegularFile(file), "real data not present, skipped: " + file);
    return file;
  }

  static Dataset german() throws IOException {
    return Dataset.of(
        Table.read(data("german-credit/german_credit.csv")), DatasetSpec.of("class", "2"));
  }

  static Dataset taiwan() throws IOException {
    return Dataset.of(
        Table.read(data("taiwan-bankruptcy/data.csv")), DatasetSpec.of("Bankrupt?", null));
  }

  @Test
  void germanScorecardRanksHoldOutApplicantsAndReloadsIdentically(@TempDir Path tmp)
      throws IOException {
    Dataset data = german();
    ModelLab.Trained trained =
        ModelLab.train(data, TrainOptions.defaults(Learner.SCORECARD), tmp.resolve("m"), CLOCK);
    report("german scorecard", trained);
    assertThat(trained.holdout().auc()).isBetween(0.72, 0.90);
    assertThat(trained.holdout().ks()).isGreaterThan(0.3);
    assertThat(tmp.resolve("m/points.csv")).exists();
    assertReloadsIdentically(data, trained, tmp);

    Map<String, Stability> drift =
        ModelLab.stability(
            ModelLab.load(tmp.resolve("m")),
            data.table().rows(IntStream.range(0, 500).toArray()),
            data.table().rows(IntStream.range(500, 1000).toArray()));
    assertThat(drift.keySet().iterator().next()).isEqualTo("score");
    assertThat(drift).hasSize(1 + trained.predictor().features().size());
    assertThat(drift.get("score").psi()).isBetween(0.0, 0.25);
    Map<String, Stability> same =
        ModelLab.stability(ModelLab.load(tmp.resolve("m")), data.table(), data.table());
    assertThat(same.values()).allSatisfy(st -> assertThat(st.psi()).isZero());
  }

  @Test
  void germanGbmRanksHoldOutApplicantsAndReloadsIdentically(@TempDir Path tmp) throws IOException {
    Dataset data = german();
    ModelLab.Trained trained =
        ModelLab.train(data, TrainOptions.defaults(Learner.GBM), tmp.resolve("m"), CLOCK);
    report("german gbm", trained);
    assertThat(trained.holdout().auc()).isBetween(0.70, 0.90);
    assertReloadsIdentically(data, trained, tmp);
  }

  @Test
  void taiwanBothLearnersSeparateBankruptFirms(@TempDir Path tmp) throws IOException {
    Dataset data = taiwan();
    assertThat(data.bads()).isEqualTo(220);
    for (Learner learner : Learner.values()) {
      ModelLab.Trained trained =
          ModelLab.train(data, TrainOptions.defaults(learner), tmp.resolve(learner.id()), CLOCK);
      report("taiwan " + learner.id(), trained);
      assertThat(trained.holdout().auc()).isBetween(0.85, 0.99);
    }
  }

  private static void assertReloadsIdentically(Dataset data, ModelLab.Trained trained, Path tmp)
      throws IOException {
    Path copy = tmp.resolve("copied");
    Files.createDirectories(copy);
    try (Stream<Path> files = Files.list(tmp.resolve("m"))) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    ModelLab.Loaded loaded = ModelLab.load(copy);
    Table all = data.table();
    assertThat(loaded.predictor().probabilities(all))
        .containsExactly(trained.predictor().probabilities(all));
    assertThat(loaded.predictor().features()).isEqualTo(trained.predictor().features());
    List<?> reasons = loaded.predictor().predict(all, 3).get(0).reasons();
    assertThat(reasons).isNotEmpty();
  }

  private static void report(String what, ModelLab.Trained t) {
    System.out.printf(
        Locale.ROOT,
        "%s: train AUC %.4f KS %.4f | holdout AUC %.4f KS %.4f Gini %.4f (%d rows, %d bad)%n",
        what,
        t.train().auc(),
        t.train().ks(),
        t.holdout().auc(),
        t.holdout().ks(),
        t.holdout().gini(),
        t.holdout().rows(),
        t.holdout().bads());
  }
}
