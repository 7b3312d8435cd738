package io.loanradar.core.customer;

import java.util.Objects;
import java.util.Optional;

/**
 * 统一社会信用代码 — unified social credit code (GB 32100-2015): 18 characters whose last one is a check
 * character over the first 17.
 *
 * @param value the 18-character code, upper case
 */
public record Uscc(String value) {

  /** The code alphabet; a character's index is its numeric value. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  /**
   * @throws IllegalArgumentException when the code is not 18 characters of the alphabet or its
   *     check character is wrong
   */
  public Uscc {
    Objects.requireNonNull(value, "value");
    Optional<String> problem = problem(value);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get() + ": " + value);
    }
  }

  /**
   * Parses a code, accepting lower case.
   *
   * @throws IllegalArgumentException when the code is invalid
   */
  public static Uscc of(String text) {
    return new Uscc(text.strip().toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * Computes the check character for the first 17 characters of a code.
   *
   * @param first17 17 characters of {@link #ALPHABET}
   * @return the 18th character
   * @throws IllegalArgumentException when the input is not 17 alphabet characters
   */
  public static char checkCharacter(CharSequence first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("need 17 characters, got " + first17.length());
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = ALPHABET.indexOf(first17.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException(
            "character not in the USCC alphabet: " + first17.charAt(i));
      }
      sum += v * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /**
   * Tells what is wrong with a candidate code, in English, or empty when it is valid.
   *
   * @param candidate an upper-case candidate
   */
  public static Optional<String> problem(String candidate) {
    if (candidate.length() != 18) {
      return Optional.of("must be 18 characters, has " + candidate.length());
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
        return Optional.of(
            "character '" + candidate.charAt(i) + "' at position " + (i + 1) + " is not allowed");
      }
    }
    char expected = checkCharacter(candidate.subSequence(0, 17));
    if (candidate.charAt(17) != expected) {
      return Optional.of("check character should be " + expected);
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
