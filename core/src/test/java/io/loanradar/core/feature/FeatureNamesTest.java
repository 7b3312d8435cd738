package io.loanradar.core.feature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FeatureNamesTest {

  @Test
  void everyComputedFeatureHasADefinition() {
    Features f = PointInTimeProperties.known().features();

    assertThat(f.asMap().keySet())
        .allSatisfy(name -> assertThat(FeatureNames.definition(name)).as(name).isPresent());
  }

  @Test
  void aRichSnapshotComputesEveryDefinedFeature() {
    Features f = PointInTimeProperties.known().features();

    assertThat(FeatureNames.definitions())
        .filteredOn(d -> !d.name().equals(FeatureNames.BUYER_CONCENTRATION))
        .allSatisfy(d -> assertThat(f.get(d.name())).as(d.name()).isPresent());
  }

  @Test
  void docsDescribeEveryFeature() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "features.md"));

    assertThat(FeatureNames.definitions())
        .filteredOn(d -> !d.name().startsWith("events_"))
        .allSatisfy(d -> assertThat(docs).as(d.name()).contains("`" + d.name() + "`"));
    assertThat(docs).contains("`events_{TYPE}_{N}d`");
  }
}
