package io.loanradar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.loanradar.model.ModelLab;
import io.loanradar.model.data.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model commands end to end: train on the real German credit file, then predict in another JVM
 * from a copy of the model directory and get the very probabilities the trained model gives; bad
 * input is refused with exit code 2 and a message naming the column.
 */
class ModelCommandTest {

  @TempDir Path tmp;

  static Path german() {
    Path file =
        Path.of(System.getProperty("loanradar.data", "../../shared/data"))
            .resolve("german-credit/german_credit.csv");
    assumeTrue(Files.isRegularFile(file), "real data not present, skipped: " + file);
    return file;
  }

  @Test
  void predictInAnotherProcessFromACopiedDirectoryReproducesTheProbabilities() throws Exception {
    Path data = german();
    Path trained = tmp.resolve("trained");
    for (String learner : new String[] {"scorecard", "gbm"}) {
      Path dir = trained.resolve(learner);
      assertThat(
              LoanRadarCommand.run(
                  "model",
                  "train",
                  "--data",
                  data.toString(),
                  "--label",
                  "class",
                  "--bad",
                  "2",
                  "--learner",
                  learner,
                  "--out",
                  dir.toString()))
          .isZero();
      Path copy = tmp.resolve("elsewhere").resolve(learner);
      copyDirectory(dir, copy);
      Path scores = tmp.resolve(learner + "-scores.csv");
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  "io.loanradar.app.LoanRadarApplication",
                  "model",
                  "predict",
                  "--model",
                  copy.toString(),
                  "--data",
                  data.toString(),
                  "--out",
                  scores.toString())
              .redirectErrorStream(true)
              .redirectOutput(tmp.resolve(learner + "-child.log").toFile())
              .start();
      assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(child.exitValue())
          .as(Files.readString(tmp.resolve(learner + "-child.log")))
          .isZero();

      double[] expected = ModelLab.load(dir).predictor().probabilities(Table.read(data));
      Table written = Table.read(scores);
      int column = written.column("probability", "probability");
      assertThat(written.size()).isEqualTo(1000);
      assertThat(written.names()).contains("id", "class", "score", "reason_code_1", "reasons");
      for (int r = 0; r < expected.length; r++) {
        assertThat(Double.parseDouble(written.cell(r, column)))
            .isCloseTo(expected[r], within(5.000001e-11));
      }
      assertThat(
              LoanRadarCommand.run(
                  "model",
                  "evaluate",
                  "--scores",
                  scores.toString(),
                  "--label",
                  "class",
                  "--bad",
                  "2"))
          .isZero();
      assertThat(
              LoanRadarCommand.run(
                  "model", "psi", "--expected", scores.toString(), "--actual", scores.toString()))
          .isZero();
    }
    assertThat(
            LoanRadarCommand.run(
                "model",
                "psi",
                "--model",
                trained.resolve("scorecard").toString(),
                "--expected",
                data.toString(),
                "--actual",
                data.toString()))
        .isZero();
    assertThat(trained.resolve("scorecard/points.csv")).exists();
    assertThat(trained.resolve("scorecard/points.json")).exists();
    assertThat(Files.readString(trained.resolve("gbm/model.json")))
        .contains("\"sha256\" : \"" + sha256(data) + "\"")
        .contains("\"holdout\"");
  }

  @Test
  void refusesANonBinaryLabelAndAMissingLabelColumnWithExitTwo() throws IOException {
    Path file = tmp.resolve("t.csv");
    Files.writeString(file, "a,grade\n1,A\n2,B\n3,C\n");
    assertThat(
            errorOf(
                "model",
                "train",
                "--data",
                file.toString(),
                "--label",
                "grade",
                "--learner",
                "scorecard",
                "--out",
                tmp.resolve("m").toString()))
        .contains("label column 'grade'")
        .contains("must be binary");
    assertThat(
            errorOf(
                "model",
                "train",
                "--data",
                file.toString(),
                "--label",
                "target",
                "--learner",
                "gbm",
                "--out",
                tmp.resolve("m").toString()))
        .contains("label column 'target' not found")
        .contains("its columns are: a, grade");
  }

  private static String errorOf(String... args) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThat(LoanRadarCommand.run(args)).isEqualTo(2);
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static String sha256(Path file) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private static void copyDirectory(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(from)) {
      list.forEach(files::add);
    }
    for (Path f : files) {
      Files.copy(f, to.resolve(f.getFileName()));
    }
  }
}
