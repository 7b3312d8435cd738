package io.loanradar.app.score;

import io.loanradar.app.LoanRadarProperties;
import io.loanradar.core.scorecard.Scorecard;
import io.loanradar.core.scorecard.ScorecardConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import org.springframework.stereotype.Component;

/**
 * The scorecard in force: {@code <data-dir>/scorecard.yaml} when an analyst has put one there (a
 * copy of the default to edit is written on first use), the built-in default otherwise.
 */
@Component
public class ScorecardSource {

  private final Path file;

  /** The scorecard last read, with the file's time and size then; null before the first read. */
  private volatile Read last;

  private record Read(FileTime modified, long size, Scorecard scorecard) {}

  ScorecardSource(LoanRadarProperties properties) {
    this.file = properties.dataDir().resolve("scorecard.yaml");
  }

  /**
   * The current scorecard: the file's as it stands, parsed again when its time or size changed.
   *
   * @throws IllegalArgumentException when the analyst's file is invalid, naming the problem
   */
  public Scorecard current() {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, ScorecardConfig.defaultYaml(), StandardCharsets.UTF_8);
      }
      // every customer page shows the weights, so the file is parsed again only when it changed
      BasicFileAttributes seen = Files.readAttributes(file, BasicFileAttributes.class);
      Read read = last;
      if (read != null
          && read.modified().equals(seen.lastModifiedTime())
          && read.size() == seen.size()) {
        return read.scorecard();
      }
      Scorecard scorecard =
          new Scorecard(ScorecardConfig.parse(Files.readString(file, StandardCharsets.UTF_8)));
      last = new Read(seen.lastModifiedTime(), seen.size(), scorecard);
      return scorecard;
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
