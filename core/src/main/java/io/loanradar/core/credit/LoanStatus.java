package io.loanradar.core.credit;

/** Status of one of this bank's loans. */
public enum LoanStatus {
  /** 正常存续 */
  ACTIVE,
  /** 已结清 */
  REPAID,
  /** 违约 */
  DEFAULTED,
  /** 已核销 */
  WRITTEN_OFF;
}
