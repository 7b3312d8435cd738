package io.loanradar.core.product;

import java.math.BigDecimal;
import java.util.List;

/**
 * The concentration check of one recommendation: it is flagged, never dropped.
 *
 * @param breached the limits the loan would break: {@code SINGLE_BORROWER}, {@code SINGLE_CLIENT},
 *     {@code GROUP}; empty when none
 * @param headroom how much more may be lent to the borrower within every limit, CNY yuan
 * @param largeExposure whether the borrower's exposure would be a large exposure
 */
public record LimitCheck(List<String> breached, BigDecimal headroom, boolean largeExposure) {

  /** Copies the list. */
  public LimitCheck {
    breached = List.copyOf(breached);
  }

  /** Whether a limit would be broken. */
  public boolean breaches() {
    return !breached.isEmpty();
  }
}
