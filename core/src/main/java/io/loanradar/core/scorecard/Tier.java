package io.loanradar.core.scorecard;

/** 客户分层 — the tier of a customer. */
public enum Tier {
  /** 战略客户 — large and an industry leader. */
  STRATEGIC,
  /** 重点成长客户 — mid-sized and growing fast. */
  KEY_GROWTH,
  /** 一般客户 — everyone else. */
  GENERAL;
}
