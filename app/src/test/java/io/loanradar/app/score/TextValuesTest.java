package io.loanradar.app.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextValuesTest {

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void decimalsEqualWhatBigDecimalParsesScaleIncluded() {
    Random random = new Random(20261129);
    for (int i = 0; i < 100_000; i++) {
      long unscaled = random.nextLong() % 1_000_000_000_000_000L;
      int scale = random.nextInt(4);
      String text = BigDecimal.valueOf(unscaled, scale).toPlainString();
      BigDecimal read = TextValues.decimal(bytes(text));
      assertThat(read).as(text).isEqualTo(new BigDecimal(text));
      assertThat(read.scale()).as(text).isEqualTo(new BigDecimal(text).scale());
    }
    for (String text :
        new String[] {"0", "0.00", "-0.50", "12.", "999999999999999999", "9999999999999999.99"}) {
      assertThat(TextValues.decimal(bytes(text))).as(text).isEqualTo(new BigDecimal(text));
    }
  }

  @Test
  void leavesToTheDriverWhatItDoesNotRead() {
    for (String text :
        new String[] {
          "",
          "-",
          ".",
          "NaN",
          "Infinity",
          "1e5",
          "1.2.3",
          "+5",
          " 5",
          "1,000.00",
          "1234567890123456789",
          "12345678901234567.89"
        }) {
      assertThat(TextValues.decimal(bytes(text))).as(text).isNull();
    }
    assertThat(TextValues.whole(bytes("12.50"))).isNull();
    assertThat(TextValues.whole(bytes("-42"))).isEqualTo(-42L);
  }

  @Test
  void datesInIsoFormAreTheDaysTheyName() {
    LocalDate day = LocalDate.of(1899, 12, 25);
    for (int i = 0; i < 160_000; i += 7) {
      LocalDate d = day.plusDays(i);
      assertThat(TextValues.date(bytes(d.toString()))).isEqualTo(d);
    }
    LocalDate once = TextValues.date(bytes("2026-09-30"));
    assertThat(TextValues.date(bytes("2026-09-30"))).isSameAs(once);
    for (String text :
        new String[] {
          "2026-02-29",
          "2026-04-31",
          "2026-13-01",
          "2026-00-10",
          "2026-1-01",
          "20260930",
          "2026-09-30 00:00",
          "infinity",
          "0099-01-01 BC",
          "2026/09/30"
        }) {
      assertThat(TextValues.date(bytes(text))).as(text).isNull();
    }
    assertThat(TextValues.date(bytes("2024-02-29"))).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(TextValues.date(bytes("9999-12-31"))).isEqualTo(LocalDate.of(9999, 12, 31));
  }

  @Test
  void constantsAreFoundByTheirNamesOnly() {
    Purpose[] purposes = Purpose.values();
    byte[][] names = TextValues.names(purposes);
    for (Purpose p : purposes) {
      assertThat(TextValues.constant(bytes(p.name()), purposes, names)).isSameAs(p);
    }
    Direction[] directions = Direction.values();
    byte[][] directionNames = TextValues.names(directions);
    assertThat(TextValues.constant(bytes("IN"), directions, directionNames)).isSameAs(Direction.IN);
    assertThat(TextValues.constant(bytes("OUT"), directions, directionNames))
        .isSameAs(Direction.OUT);
    for (String text : new String[] {"", "I", "in", "OUTS", "TAXI", "SALARIES", "OTHEr"}) {
      assertThat(TextValues.constant(bytes(text), purposes, names)).as(text).isNull();
    }
  }
}
