package io.loanradar.core.credit;

import io.loanradar.core.customer.EnterpriseId;
import io.loanradar.core.finance.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 本行贷款 — one of this bank's loans as observed on {@code statusDate}. Before that date the loan
 * counts as active and current.
 *
 * @param loanId unique id
 * @param enterpriseId the borrower
 * @param productCode the product
 * @param amount 合同金额
 * @param outstanding 余额
 * @param annualRate 年利率, e.g. 0.045
 * @param startDate 起始日
 * @param maturityDate 到期日, not before the start
 * @param status the status observed
 * @param overdueDays 逾期天数
 * @param fiveCategory the bank's classification
 * @param statusDate when the status was observed
 */
public record Loan(
    String loanId,
    EnterpriseId enterpriseId,
    Optional<String> productCode,
    Money amount,
    Optional<Money> outstanding,
    Optional<BigDecimal> annualRate,
    LocalDate startDate,
    LocalDate maturityDate,
    LoanStatus status,
    Optional<Long> overdueDays,
    Optional<FiveCategory> fiveCategory,
    LocalDate statusDate) {

  /** Checks dates. */
  public Loan {
    if (maturityDate.isBefore(startDate)) {
      throw new IllegalArgumentException("maturity " + maturityDate + " before start " + startDate);
    }
  }
}
