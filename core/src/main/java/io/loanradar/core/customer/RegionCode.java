package io.loanradar.core.customer;

import java.util.Optional;

/**
 * Region of an enterprise: a GB/T 2260 administrative division code (six digits with a valid
 * province prefix), or another code of letters, digits and {@code -} kept as given.
 *
 * @param value up to 12 characters
 */
public record RegionCode(String value) {

  /** Longest code the contract accepts. */
  public static final int MAX_LENGTH = 12;

  /**
   * @throws IllegalArgumentException when the code is not acceptable
   */
  public RegionCode {
    if (value == null) {
      throw new IllegalArgumentException("region code is null");
    }
    problem(value)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p + ": " + value);
            });
  }

  /** Whether this is a six-digit GB/T 2260 code. */
  public boolean isGbt2260() {
    return value.length() == 6 && value.chars().allMatch(Character::isDigit);
  }

  /** The two-digit province prefix of a GB/T 2260 code. */
  public Optional<String> province() {
    return isGbt2260() ? Optional.of(value.substring(0, 2)) : Optional.empty();
  }

  /**
   * Tells what is wrong with a candidate code, in English, or empty when it is valid.
   *
   * @param candidate the code text
   */
  public static Optional<String> problem(String candidate) {
    if (candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
      return Optional.of("region code must have 1 to 12 characters");
    }
    for (int i = 0; i < candidate.length(); i++) {
      char c = candidate.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-')) {
        return Optional.of("region code may hold only letters, digits and '-'");
      }
    }
    if (candidate.length() == 6 && candidate.chars().allMatch(Character::isDigit)) {
      int province = Integer.parseInt(candidate.substring(0, 2));
      if (!isProvince(province)) {
        return Optional.of("province prefix " + candidate.substring(0, 2) + " is not in GB/T 2260");
      }
    }
    return Optional.empty();
  }

  private static boolean isProvince(int p) {
    return p >= 11 && p <= 15
        || p >= 21 && p <= 23
        || p >= 31 && p <= 37
        || p >= 41 && p <= 46
        || p >= 50 && p <= 54
        || p >= 61 && p <= 65
        || p == 71
        || p == 81
        || p == 82;
  }

  @Override
  public String toString() {
    return value;
  }
}
