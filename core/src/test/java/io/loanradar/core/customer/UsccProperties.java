package io.loanradar.core.customer;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class UsccProperties {

  @Provide
  Arbitrary<String> first17() {
    return Arbitraries.strings().withChars(Uscc.ALPHABET.toCharArray()).ofLength(17);
  }

  @Property
  void appendingTheCheckCharacterGivesAValidCode(@ForAll("first17") String first17) {
    String code = first17 + Uscc.checkCharacter(first17);

    assertThat(Uscc.problem(code)).isEmpty();
  }

  @Property
  void changingAnySingleCharacterMakesTheCodeInvalid(
      @ForAll("first17") String first17,
      @ForAll @IntRange(min = 0, max = 17) int position,
      @ForAll @IntRange(min = 1, max = 30) int shift) {
    String code = first17 + Uscc.checkCharacter(first17);
    int old = Uscc.ALPHABET.indexOf(code.charAt(position));
    char replacement = Uscc.ALPHABET.charAt((old + shift) % Uscc.ALPHABET.length());
    String changed = code.substring(0, position) + replacement + code.substring(position + 1);

    assertThat(changed).isNotEqualTo(code);
    assertThat(Uscc.problem(changed)).isPresent();
  }
}
