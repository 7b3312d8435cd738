package io.loanradar.core.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SignalLibraryTest {

  @Test
  void offersAtLeastTwentyNamedSignalsAcrossEveryFamily() {
    assertThat(SignalLibrary.all()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(SignalLibrary.all())
        .allSatisfy(
            s -> {
              assertThat(s.code()).matches("[A-Z0-9_]+");
              assertThat(s.nameZh()).isNotBlank();
              assertThat(s.nameEn()).isNotBlank();
              assertThat(s.logic()).contains("default");
            });
    assertThat(SignalLibrary.all().stream().map(Signal::family).collect(Collectors.toSet()))
        .containsAll(
            Arrays.stream(SignalFamily.values()).filter(f -> f != SignalFamily.CONTAGION).toList());
  }

  @Test
  void everySignalIsDocumented() throws Exception {
    String doc = Files.readString(Path.of("../docs/warning-signals.md"));
    assertThat(SignalLibrary.all())
        .allSatisfy(s -> assertThat(doc).contains("`" + s.code() + "`").contains(s.nameZh()));
    assertThat(doc).contains("`" + SignalLibrary.CONTAGION + "`");
  }

  @Test
  void refusesConfigurationOfAnUnknownSignal() {
    assertThatThrownBy(
            () -> WarningConfig.defaults().withSignal("NO_SUCH", SignalSetting.of(1, Severity.LOW)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NO_SUCH");
  }

  @Test
  void alertsMoveOnlyForwardAndClosedOnesStayClosed() {
    AlertStatus.NEW.requireMoveTo(AlertStatus.ACKNOWLEDGED);
    AlertStatus.ACKNOWLEDGED.requireMoveTo(AlertStatus.IN_PROGRESS);
    AlertStatus.IN_PROGRESS.requireMoveTo(AlertStatus.RESOLVED);
    assertThatThrownBy(() -> AlertStatus.NEW.requireMoveTo(AlertStatus.RESOLVED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NEW")
        .hasMessageContaining("RESOLVED");
    assertThatThrownBy(() -> AlertStatus.RESOLVED.requireMoveTo(AlertStatus.IN_PROGRESS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
