package io.loanradar.core.flow;

/** Direction of an account flow, seen from the customer's account. */
public enum Direction {
  /** 收入 (贷) */
  IN,
  /** 支出 (借) */
  OUT;
}
