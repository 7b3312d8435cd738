package io.loanradar.core.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest
  @CsvSource({
    "12, 12.00",
    "12.3, 12.30",
    "12.30, 12.30",
    "12.300, 12.30",
    "1E+3, 1000.00",
    "-0.5, -0.50",
    "0, 0.00"
  })
  void normalisesTheScaleToTwoDigits(String amount, String expected) {
    Money money = new Money(new BigDecimal(amount));

    assertThat(money.yuan().scale()).isEqualTo(2);
    assertThat(money.toString()).isEqualTo(expected);
  }

  @Test
  void equalAmountsWrittenDifferentlyAreEqual() {
    assertThat(new Money(new BigDecimal("12.3"))).isEqualTo(new Money(new BigDecimal("12.300")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.345", "0.001", "-1.999", "1E-3"})
  void rejectsMoreThanTwoFractionDigits(String amount) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Money(new BigDecimal(amount)))
        .withMessageContaining("fraction digits");
  }

  @Test
  void rejectsNull() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Money(null));
  }

  @ParameterizedTest
  @CsvSource({
    "123456.78, 12.35",
    "5000, 0.50",
    "49, 0.00",
    "50, 0.01",
    "100000000, 10000.00",
    "-15000, -1.50"
  })
  void convertsToWanRoundingHalfUp(String yuan, String wan) {
    assertThat(new Money(new BigDecimal(yuan)).inWan()).isEqualTo(new BigDecimal(wan));
  }

  @Test
  void ofYuanRoundsHalfUpToTheFen() {
    assertThat(Money.ofYuan(new BigDecimal("1.005")))
        .isEqualTo(Money.ofYuan(new BigDecimal("1.01")));
    assertThat(Money.ofYuan(new BigDecimal("1.004")).toString()).isEqualTo("1.00");
    assertThat(Money.ofYuan(7).toString()).isEqualTo("7.00");
  }

  @Test
  void addsAndComparesAmounts() {
    Money sum = Money.ofYuan(new BigDecimal("0.10")).plus(Money.ofYuan(new BigDecimal("0.20")));

    assertThat(sum).isEqualTo(Money.ofYuan(new BigDecimal("0.30")));
    assertThat(sum.compareTo(Money.ZERO)).isPositive();
    assertThat(Money.ofYuan(-1).isNegative()).isTrue();
    assertThat(Money.ZERO.isNegative()).isFalse();
  }
}
