package io.loanradar.core.customer;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class IndustryCodeProperties {

  /** GB/T 4754-2017 divisions per section, transcribed from the data contract. */
  private static final int[][] CONTRACT_RANGES = {
    {1, 5}, {6, 12}, {13, 43}, {44, 46}, {47, 50}, {51, 52}, {53, 60}, {61, 62}, {63, 65},
    {66, 69}, {70, 70}, {71, 72}, {73, 75}, {76, 79}, {80, 82}, {83, 83}, {84, 85}, {86, 90},
    {91, 96}, {97, 97}
  };

  @Property(tries = 2000)
  void codeIsValidExactlyWhenItsDivisionBelongsToItsSection(
      @ForAll @IntRange(min = 0, max = 19) int section,
      @ForAll @IntRange(min = 0, max = 99) int division,
      @ForAll @IntRange(min = 0, max = 2) int extraDigits,
      @ForAll @IntRange(min = 0, max = 99) int tail) {
    String suffix = String.format("%02d", tail).substring(0, extraDigits);
    String code = (char) ('A' + section) + String.format("%02d", division) + suffix;
    int[] range = CONTRACT_RANGES[section];
    boolean inRange = division >= range[0] && division <= range[1];

    assertThat(IndustryCode.problem(code).isEmpty()).as(code).isEqualTo(inRange);
  }
}
