package io.loanradar.core.customer;

import java.util.Optional;

/**
 * GB/T 4754-2017 国民经济行业分类 code: a section letter A–T, optionally followed by 2, 3 or 4 digits whose
 * first two (the division) belong to that section.
 *
 * @param value e.g. {@code C}, {@code C36}, {@code C367}, {@code C3670}
 */
public record IndustryCode(String value) {

  private static final String SECTIONS = "ABCDEFGHIJKLMNOPQRST";
  private static final int[][] DIVISIONS = {
    {1, 5}, {6, 12}, {13, 43}, {44, 46}, {47, 50}, {51, 52}, {53, 60}, {61, 62}, {63, 65},
    {66, 69}, {70, 70}, {71, 72}, {73, 75}, {76, 79}, {80, 82}, {83, 83}, {84, 85}, {86, 90},
    {91, 96}, {97, 97}
  };

  /**
   * @throws IllegalArgumentException when the code breaks the section/division rule
   */
  public IndustryCode {
    if (value == null) {
      throw new IllegalArgumentException("industry code is null");
    }
    problem(value)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p + ": " + value);
            });
  }

  /** The section letter, e.g. {@code C} for manufacturing. */
  public char section() {
    return value.charAt(0);
  }

  /** The two-digit division, e.g. {@code C36}, or empty for a bare section. */
  public Optional<String> division() {
    return value.length() >= 3 ? Optional.of(value.substring(0, 3)) : Optional.empty();
  }

  /**
   * Tells what is wrong with a candidate code, in English, or empty when it is valid.
   *
   * @param candidate upper-case text
   */
  public static Optional<String> problem(String candidate) {
    if (candidate.isEmpty()) {
      return Optional.of("empty industry code");
    }
    int section = SECTIONS.indexOf(candidate.charAt(0));
    if (section < 0) {
      return Optional.of("section must be a letter A-T");
    }
    String digits = candidate.substring(1);
    if (digits.isEmpty()) {
      return Optional.empty();
    }
    if (digits.length() < 2
        || digits.length() > 4
        || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of("section letter must be followed by 2, 3 or 4 digits");
    }
    int division = Integer.parseInt(digits.substring(0, 2));
    int[] range = DIVISIONS[section];
    if (division < range[0] || division > range[1]) {
      return Optional.of(
          String.format(
              "division %02d is not in section %c (%02d-%02d)",
              division, candidate.charAt(0), range[0], range[1]));
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
