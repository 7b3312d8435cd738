package io.loanradar.model.score;

/**
 * Why a row scored as it did: one characteristic, how much it weighed, and a sentence in Chinese
 * and English naming the value.
 *
 * @param code the characteristic (column name)
 * @param impact points lost against its best bin (scorecard), or the log-odds it added (gbm)
 * @param zh explanation in Chinese
 * @param en explanation in English
 */
public record Reason(String code, double impact, String zh, String en) {

  /**
   * A number with a fixed count of decimals, rounded half-up, without {@link String#format}'s
   * per-call locale lookups (reason texts are written for every row).
   */
  public static String fixed(double value, int places) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return java.math.BigDecimal.valueOf(value)
        .setScale(places, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** "zh / en". */
  public String text() {
    return zh + " / " + en;
  }
}
