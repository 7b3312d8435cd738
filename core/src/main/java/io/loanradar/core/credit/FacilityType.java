package io.loanradar.core.credit;

/** Kind of a credit-bureau facility line. */
public enum FacilityType {
  /** 贷款 */
  LOAN,
  /** 票据 */
  BILL,
  /** 对外担保 */
  GUARANTEE_GIVEN,
  /** 信用证 */
  LC,
  /** 其他 */
  OTHER;
}
