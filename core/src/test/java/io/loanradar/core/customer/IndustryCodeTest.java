package io.loanradar.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndustryCodeTest {

  @ParameterizedTest
  @CsvSource({
    "A01, true", "A05, true", "A06, false", "B06, true", "B12, true", "B13, false",
    "C12, false", "C13, true", "C43, true", "C44, false", "D44, true", "D46, true",
    "D47, false", "E47, true", "E50, true", "E51, false", "F51, true", "F52, true",
    "F53, false", "G53, true", "G60, true", "G61, false", "H61, true", "H62, true",
    "H63, false", "I63, true", "I65, true", "I66, false", "J66, true", "J69, true",
    "J70, false", "K69, false", "K70, true", "K71, false", "L71, true", "L72, true",
    "L73, false", "M73, true", "M75, true", "M76, false", "N76, true", "N79, true",
    "N80, false", "O80, true", "O82, true", "O83, false", "P82, false", "P83, true",
    "P84, false", "Q84, true", "Q85, true", "Q86, false", "R86, true", "R90, true",
    "R91, false", "S91, true", "S96, true", "S97, false", "T96, false", "T97, true",
    "T98, false", "A00, false"
  })
  void acceptsDivisionsOnlyWithinTheirSection(String code, boolean valid) {
    assertThat(IndustryCode.problem(code).isEmpty()).as(code).isEqualTo(valid);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "C", "K", "T", "C36", "C367", "C3670", "K7010"})
  void acceptsBareSectionsAndTwoToFourDigits(String code) {
    assertThat(IndustryCode.problem(code)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"U", "Z", "a", "1", "", "C3", "C36701", "C3A", "CC36", "C-36", "36", "C 36"})
  void rejectsMalformedCodes(String code) {
    assertThat(IndustryCode.problem(code)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"A\u0660\u0661", "C\u0663\u0666", "C3\u0666"})
  void rejectsIndustryCodeWithNonAsciiDigits(String code) {
    assertThat(IndustryCode.problem(code)).isPresent();
  }

  @Test
  void recordRefusesAnInvalidCodeNamingIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new IndustryCode("C44"))
        .withMessageContaining("C44");
  }

  @Test
  void exposesSectionAndDivision() {
    IndustryCode code = new IndustryCode("C3670");

    assertThat(code.section()).isEqualTo('C');
    assertThat(code.division()).hasValue("C36");
    assertThat(new IndustryCode("K").division()).isEmpty();
  }
}
