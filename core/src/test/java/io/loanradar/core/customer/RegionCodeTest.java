package io.loanradar.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

  /** Province prefixes listed in the data contract. */
  private static final Set<Integer> PROVINCES =
      Set.of(
          11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50,
          51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82);

  static Stream<Arguments> everyTwoDigitPrefix() {
    return IntStream.range(0, 100)
        .mapToObj(p -> Arguments.of(String.format("%02d0100", p), PROVINCES.contains(p)));
  }

  @ParameterizedTest
  @MethodSource("everyTwoDigitPrefix")
  void acceptsSixDigitCodesOnlyWithAContractProvincePrefix(String code, boolean valid) {
    assertThat(RegionCode.problem(code).isEmpty()).as(code).isEqualTo(valid);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3501",
        "35",
        "1234567",
        "900",
        "HK-KLN",
        "us-ca",
        "CN-FJ-FZ",
        "A",
        "ABCDEFGHIJKL"
      })
  void keepsOtherCodesOfLettersDigitsAndDashes(String code) {
    assertThat(RegionCode.problem(code)).isEmpty();
    assertThat(new RegionCode(code).value()).isEqualTo(code);
    assertThat(new RegionCode(code).isGbt2260()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"350 100", "35_01", "上海", "35.01", "CN/FJ", "", "ABCDEFGHIJKLM"})
  void refusesOtherCharactersEmptyAndLongerThanTwelve(String code) {
    assertThat(RegionCode.problem(code)).isPresent();
  }

  @Test
  void recordRefusesAnUnknownProvinceNamingIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RegionCode("900000"))
        .withMessageContaining("900000");
  }

  @Test
  void exposesTheProvinceOfAGbt2260Code() {
    assertThat(new RegionCode("350102").province()).hasValue("35");
    assertThat(new RegionCode("HK-KLN").province()).isEmpty();
  }
}
