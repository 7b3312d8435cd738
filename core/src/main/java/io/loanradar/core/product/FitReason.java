package io.loanradar.core.product;

/**
 * Why a product fits or does not, in Chinese and English.
 *
 * @param code stable code, e.g. {@code SCENARIO_SERVED}, {@code INDUSTRY_EXCLUDED}
 * @param zh Chinese text
 * @param en English text
 */
public record FitReason(String code, String zh, String en) {

  /**
   * @throws IllegalArgumentException when a part is missing
   */
  public FitReason {
    if (code == null || zh == null || en == null) {
      throw new IllegalArgumentException("a fit reason needs a code and both texts");
    }
  }
}
