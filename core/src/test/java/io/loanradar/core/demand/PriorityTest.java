package io.loanradar.core.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PriorityTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  @Test
  void aHighPropensityRaisesPriorityALowOneLowersItAndTheReasonSaysSo() {
    Optional<String> b = Optional.of("B");
    BigDecimal amount = new BigDecimal("2000000");
    LocalDate in45 = AS_OF.plusDays(45);
    int without = Priority.of(b, amount, AS_OF, in45);
    assertThat(without).isEqualTo(3);
    assertThat(Priority.of(b, amount, AS_OF, in45, OptionalDouble.empty())).isEqualTo(without);
    assertThat(Priority.of(b, amount, AS_OF, in45, OptionalDouble.of(0.45))).isEqualTo(2);
    assertThat(Priority.of(b, amount, AS_OF, in45, OptionalDouble.of(0.10))).isEqualTo(without);
    assertThat(Priority.of(b, amount, AS_OF, in45, OptionalDouble.of(0.01))).isEqualTo(4);
    assertThat(
            Priority.of(
                Optional.of("A"),
                new BigDecimal("20000000"),
                AS_OF,
                AS_OF.plusDays(10),
                OptionalDouble.of(0.9)))
        .as("points stay within 0-6")
        .isEqualTo(1);

    assertThat(Priority.propensityEvidence(OptionalDouble.empty(), AS_OF)).isEmpty();
    Evidence high = Priority.propensityEvidence(OptionalDouble.of(0.45), AS_OF).orElseThrow();
    assertThat(high.zh()).contains("45.0%").contains("加1分");
    assertThat(high.en()).contains("45.0%").contains("+1");
    assertThat(Priority.propensityEvidence(OptionalDouble.of(0.01), AS_OF).orElseThrow().en())
        .contains("−1");
  }
}
