package io.loanradar.core.finance;

/** Length of the period a financial statement covers. */
public enum PeriodType {
  /** 年报 — year */
  Y,
  /** 半年报 — half-year */
  H,
  /** 季报 — quarter */
  Q;
}
