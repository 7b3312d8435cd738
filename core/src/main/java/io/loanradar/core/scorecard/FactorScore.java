package io.loanradar.core.scorecard;

/**
 * The value of one factor in a score.
 *
 * @param factor which factor
 * @param value 0–100
 * @param weight its weight in percent
 * @param neutral whether no data was available and the configured neutral value was taken
 */
public record FactorScore(Factor factor, double value, double weight, boolean neutral) {

  /** Points this factor adds to the total: {@code value × weight / 100}. */
  public double contribution() {
    return value * weight / 100;
  }
}
