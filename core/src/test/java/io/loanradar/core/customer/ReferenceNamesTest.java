package io.loanradar.core.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceNamesTest {

  @Test
  void sectionsRunFromAToTInOrder() {
    assertThat(IndustrySection.values()).hasSize(20);
    assertThat(IndustrySection.of("C3612")).contains(IndustrySection.C);
    assertThat(IndustrySection.of("C").orElseThrow().zh()).isEqualTo("制造业");
    assertThat(IndustrySection.of("T").orElseThrow().en()).isEqualTo("International organisations");
    assertThat(IndustrySection.of("U")).isEmpty();
    assertThat(IndustrySection.of("c36")).isEmpty();
    assertThat(IndustrySection.of("")).isEmpty();
    assertThat(IndustrySection.of(null)).isEmpty();
  }

  @Test
  void provincesByTheFirstTwoDigits() {
    assertThat(Province.of("320506").orElseThrow().zh()).isEqualTo("江苏省");
    assertThat(Province.of("44").orElseThrow().name(true)).isEqualTo("Guangdong");
    assertThat(Province.of("30")).isEmpty();
    assertThat(Province.of("3")).isEmpty();
    assertThat(Province.of(null)).isEmpty();
  }
}
