package io.loanradar.core.customer;

/** Kind of link between two enterprises (from → to). */
public enum RelationType {
  /** 集团成员 */
  GROUP_MEMBER,
  /** 股东 (from 持股 to) */
  SHAREHOLDER,
  /** 担保 (from 为 to 担保) */
  GUARANTEES,
  /** 供货 (from 向 to 供货) */
  SUPPLIES,
  /** 同一实际控制人 */
  SAME_CONTROLLER;
}
