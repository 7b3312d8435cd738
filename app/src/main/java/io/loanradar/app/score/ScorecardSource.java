package io.loanradar.app.score;

import io.loanradar.app.LoanRadarProperties;
import io.loanradar.core.scorecard.Scorecard;
import io.loanradar.core.scorecard.ScorecardConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * The scorecard in force: {@code <data-dir>/scorecard.yaml} when an analyst has put one there (a
 * copy of the default to edit is written on first use), the built-in default otherwise.
 */
@Component
public class ScorecardSource {

  private final Path file;

  ScorecardSource(LoanRadarProperties properties) {
    this.file = properties.dataDir().resolve("scorecard.yaml");
  }

  /**
   * The current scorecard.
   *
   * @throws IllegalArgumentException when the analyst's file is invalid, naming the problem
   */
  public Scorecard current() {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, ScorecardConfig.defaultYaml(), StandardCharsets.UTF_8);
      }
      return new Scorecard(ScorecardConfig.parse(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the scorecard configuration " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "评分卡配置无效 / invalid scorecard configuration " + file + ": " + e.getMessage(), e);
    }
  }

  /** Where the configuration is read from. */
  public Path file() {
    return file;
  }
}
