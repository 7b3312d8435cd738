package io.loanradar.app.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loanradar.app.LoanRadarProperties;
import io.loanradar.core.scorecard.Scorecard;
import io.loanradar.core.scorecard.ScorecardConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorecard file is parsed once and again only when an analyst changes it. */
class ScorecardSourceTest {

  @TempDir Path dir;

  @Test
  void parsesTheFileAgainOnlyWhenItChanged() throws Exception {
    ScorecardSource source = new ScorecardSource(new LoanRadarProperties(dir, null));
    Scorecard first = source.current();
    Path file = dir.resolve("scorecard.yaml");

    assertThat(file).exists();
    assertThat(source.current()).as("unchanged: the same parse").isSameAs(first);

    String edited =
        ScorecardConfig.defaultYaml()
            .replace("version: default-2026.1", "version: bank-2026.2")
            .replace("  size: 20", "  size: 25")
            .replace("  growth: 20", "  growth: 15");
    Files.writeString(file, edited, StandardCharsets.UTF_8);
    // a change within the file system's clock tick still shows in the time set here
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
    Scorecard second = source.current();
    assertThat(second).isNotSameAs(first);
    assertThat(second.config().version()).isEqualTo("bank-2026.2");
    assertThat(source.current()).isSameAs(second);

    Files.writeString(file, "weights: [", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
    assertThatThrownBy(source::current)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scorecard.yaml");
  }
}
