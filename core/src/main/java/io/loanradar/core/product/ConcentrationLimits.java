package io.loanradar.core.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * 集中度限额 — the bank's capital figures and the limit shares (Commercial Bank Law art. 39: one
 * borrower ≤ 10% of capital; CBIRC order 2018 no. 1: one non-bank client ≤ 15% of tier-1 capital, a
 * connected group ≤ 20%, a large exposure is ≥ 10% of tier-1).
 *
 * @param capital 资本净额, CNY yuan, positive
 * @param tier1Capital 一级资本净额, CNY yuan, positive
 * @param singleBorrower share of capital one borrower may owe
 * @param singleClient share of tier-1 one client may owe
 * @param group share of tier-1 a group may owe
 * @param largeExposure share of tier-1 from which an exposure is large
 */
public record ConcentrationLimits(
    BigDecimal capital,
    BigDecimal tier1Capital,
    double singleBorrower,
    double singleClient,
    double group,
    double largeExposure) {

  /**
   * @throws IllegalArgumentException when a capital figure is missing or not positive, or a share
   *     is outside (0, 1]
   */
  public ConcentrationLimits {
    if (capital == null
        || capital.signum() <= 0
        || tier1Capital == null
        || tier1Capital.signum() <= 0) {
      throw new IllegalArgumentException(
          "loanradar.limits: capital and tier-1 capital must be positive yuan, got "
              + capital
              + " and "
              + tier1Capital);
    }
    for (double share : new double[] {singleBorrower, singleClient, group, largeExposure}) {
      if (!(share > 0 && share <= 1)) {
        throw new IllegalArgumentException("loanradar.limits: a share must be in (0, 1]: " + share);
      }
    }
  }

  /** The regulatory shares with the given capital figures. */
  public static ConcentrationLimits regulatory(BigDecimal capital, BigDecimal tier1Capital) {
    return new ConcentrationLimits(capital, tier1Capital, 0.10, 0.15, 0.20, 0.10);
  }

  /**
   * Checks lending {@code amount} more.
   *
   * @param borrowerExposure what the borrower owes the bank now, CNY yuan
   * @param groupExposure what its whole group owes now (the borrower included), CNY yuan
   * @param amount the new amount, CNY yuan
   */
  public LimitCheck check(
      BigDecimal borrowerExposure, BigDecimal groupExposure, BigDecimal amount) {
    BigDecimal after = borrowerExposure.add(amount);
    BigDecimal groupAfter = groupExposure.add(amount);
    BigDecimal borrowerCap = share(capital, singleBorrower);
    BigDecimal clientCap = share(tier1Capital, singleClient);
    BigDecimal groupCap = share(tier1Capital, group);
    List<String> breached = new ArrayList<>();
    if (after.compareTo(borrowerCap) > 0) {
      breached.add("SINGLE_BORROWER");
    }
    if (after.compareTo(clientCap) > 0) {
      breached.add("SINGLE_CLIENT");
    }
    if (groupAfter.compareTo(groupCap) > 0) {
      breached.add("GROUP");
    }
    BigDecimal headroom =
        borrowerCap.min(clientCap).subtract(borrowerExposure).min(groupCap.subtract(groupExposure));
    boolean large = after.compareTo(share(tier1Capital, largeExposure)) >= 0;
    return new LimitCheck(breached, headroom.max(BigDecimal.ZERO), large);
  }

  private static BigDecimal share(BigDecimal base, double share) {
    return base.multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP);
  }
}
