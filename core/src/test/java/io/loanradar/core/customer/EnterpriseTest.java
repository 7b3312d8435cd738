package io.loanradar.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnterpriseTest {

  private static Enterprise withCapital(String capital) {
    return new Enterprise(
        new EnterpriseId("E001"),
        "某公司",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(new BigDecimal(capital)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  @ParameterizedTest
  @CsvSource({"0", "5000000.00", "12.5", "12.300"})
  void acceptsRegisteredCapitalInYuan(String capital) {
    assertThat(withCapital(capital).registeredCapital()).contains(new BigDecimal(capital));
  }

  @ParameterizedTest
  @CsvSource({"-0.01", "12.345"})
  void refusesNegativeOrSubFenRegisteredCapital(String capital) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> withCapital(capital))
        .withMessageContaining(capital);
  }
}
