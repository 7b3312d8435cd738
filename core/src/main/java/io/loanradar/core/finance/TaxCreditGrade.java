package io.loanradar.core.finance;

/** 纳税信用等级 — tax credit grade given by the tax bureau, best first. */
public enum TaxCreditGrade {
  /** A级 */
  A,
  /** B级 */
  B,
  /** M级 (新设立或评价年度内无生产经营业务收入) */
  M,
  /** C级 */
  C,
  /** D级 */
  D;
}
