package io.loanradar.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91310000132149237G"})
  void acceptsTheContractsValidExamples(String code) {
    assertThat(Uscc.problem(code)).isEmpty();
    assertThat(new Uscc(code).value()).isEqualTo(code);
  }

  @Test
  void rejectsUsccWithWrongCheckCharacter() {
    assertThat(Uscc.problem("911100001011174401"))
        .hasValueSatisfying(p -> assertThat(p).contains("check character"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Uscc("911100001011174401"))
        .withMessageContaining("911100001011174401");
  }

  @ParameterizedTest
  @CsvSource({
    "'', 0",
    "9135010,7",
    "91350100M000100Y4, 17",
    "91350100M000100Y431, 19",
    "91350100M000100Y43X, 19"
  })
  void rejectsUsccOfWrongLength(String code, int length) {
    assertThat(Uscc.problem(code))
        .hasValueSatisfying(p -> assertThat(p).contains("18 characters").contains("" + length));
  }

  @ParameterizedTest
  @CsvSource({"I", "O", "S", "V", "Z"})
  void rejectsUsccWithLettersOutsideTheAlphabet(char forbidden) {
    String code = "91350100M000100Y43".substring(0, 8) + forbidden + "000100Y43";
    assertThat(Uscc.problem(code))
        .hasValueSatisfying(p -> assertThat(p).contains("'" + forbidden + "'").contains("9"));
  }

  @ParameterizedTest
  @CsvSource({"I", "O", "S", "V", "Z"})
  void checkCharacterRefusesLettersOutsideTheAlphabet(char forbidden) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Uscc.checkCharacter("9135010" + forbidden + "M000100Y4"));
  }

  @Test
  void checkCharacterNeedsExactlySeventeenCharacters() {
    assertThatIllegalArgumentException().isThrownBy(() -> Uscc.checkCharacter("91350100M000100Y"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Uscc.checkCharacter("91350100M000100Y43"));
  }

  @Test
  void checkCharacterOfTheExamplesIsTheirLastCharacter() {
    assertThat(Uscc.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    assertThat(Uscc.checkCharacter("91110000600037341")).isEqualTo('L');
    assertThat(Uscc.checkCharacter("91310000132149237")).isEqualTo('G');
  }

  @Test
  void ofAcceptsLowerCaseAndBlanksButTheConstructorDoesNot() {
    assertThat(Uscc.of(" 91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
    assertThatIllegalArgumentException().isThrownBy(() -> new Uscc("91350100m000100y43"));
  }
}
