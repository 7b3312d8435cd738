package io.loanradar.core.scorecard;

/**
 * One reason behind a score, in plain Chinese and English with its numbers.
 *
 * @param code stable machine code, e.g. {@code CREDIT_CLEAN}, {@code GROWTH_NO_DATA}
 * @param zh the reason in Chinese
 * @param en the reason in English
 * @param impact points of the total this factor adds (negative: removes) against a customer whose
 *     every factor sits at the neutral value; 0 for reasons that are not a factor contribution
 */
public record Reason(String code, String zh, String en, double impact) {

  /**
   * @throws IllegalArgumentException when a text is blank or holds {@code ;}, which separates
   *     reasons in scores.csv
   */
  public Reason {
    if (code == null || zh == null || en == null || zh.isBlank() || en.isBlank()) {
      throw new IllegalArgumentException("a reason needs a code and both texts");
    }
    if (zh.contains(";") || en.contains(";")) {
      throw new IllegalArgumentException("a reason must not contain ';': " + code);
    }
  }
}
