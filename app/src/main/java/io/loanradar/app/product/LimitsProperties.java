package io.loanradar.app.product;

import io.loanradar.core.product.ConcentrationLimits;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bank's capital figures and concentration-limit shares ({@code loanradar.limits.*}).
 *
 * @param capital 资本净额, CNY yuan
 * @param tier1Capital 一级资本净额, CNY yuan
 * @param singleBorrower share of capital one borrower may owe (Commercial Bank Law art. 39)
 * @param singleClient share of tier-1 one client may owe (CBIRC 2018 no. 1)
 * @param group share of tier-1 a connected group may owe
 * @param largeExposure share of tier-1 from which an exposure is large
 */
@ConfigurationProperties("loanradar.limits")
public record LimitsProperties(
    BigDecimal capital,
    BigDecimal tier1Capital,
    double singleBorrower,
    double singleClient,
    double group,
    double largeExposure) {

  /**
   * The limits.
   *
   * @throws IllegalArgumentException naming the setting when a figure is missing or out of range
   */
  public ConcentrationLimits limits() {
    return new ConcentrationLimits(
        capital, tier1Capital, singleBorrower, singleClient, group, largeExposure);
  }
}
