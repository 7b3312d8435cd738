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

  /** "zh / en". */
  public String text() {
    return zh + " / " + en;
  }
}
