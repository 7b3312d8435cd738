package io.loanradar.core.warning;

import io.loanradar.core.credit.FiveCategory;
import io.loanradar.core.credit.LoanStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One of this bank's loans as it stood on an as-of date.
 *
 * @param loanId the loan
 * @param status its status then (active and current when no status was observed yet)
 * @param overdueDays days overdue then, 0 when current
 * @param bankCategory the bank's own five-category class then
 * @param outstanding the balance then (the contract amount when no balance was observed)
 * @param statusDate when that status was observed, or the start date
 * @param restructuredOn when the loan was restructured (its maturity moved out after it had fallen
 *     overdue or been downgraded), empty when never by then
 */
public record LoanView(
    String loanId,
    LoanStatus status,
    long overdueDays,
    FiveCategory bankCategory,
    BigDecimal outstanding,
    LocalDate statusDate,
    Optional<LocalDate> restructuredOn) {

  /**
   * @throws IllegalArgumentException when a part is missing or a number is negative
   */
  public LoanView {
    if (loanId == null || status == null || bankCategory == null || outstanding == null) {
      throw new IllegalArgumentException("a loan view needs id, status, category and balance");
    }
    if (overdueDays < 0 || outstanding.signum() < 0) {
      throw new IllegalArgumentException(
          "loan " + loanId + ": overdue days and balance must not be negative");
    }
    if (statusDate == null || restructuredOn == null) {
      throw new IllegalArgumentException("loan " + loanId + ": status date missing");
    }
  }

  /** Whether the loan still carries debt (not repaid or written off). */
  public boolean open() {
    return status == LoanStatus.ACTIVE || status == LoanStatus.DEFAULTED;
  }
}
