package io.loanradar.core.warning;

/**
 * How one signal is configured.
 *
 * @param enabled whether it is evaluated at all
 * @param threshold the signal's threshold, in the unit its documentation gives
 * @param severity the severity of a hit
 */
public record SignalSetting(boolean enabled, double threshold, Severity severity) {

  /**
   * @throws IllegalArgumentException when the threshold is not finite or the severity is missing
   */
  public SignalSetting {
    if (!Double.isFinite(threshold) || severity == null) {
      throw new IllegalArgumentException(
          "a signal setting needs a finite threshold and a severity: " + threshold);
    }
  }

  /** An enabled setting. */
  public static SignalSetting of(double threshold, Severity severity) {
    return new SignalSetting(true, threshold, severity);
  }
}
