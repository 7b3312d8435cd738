package io.loanradar.core.credit;

/** 五级分类 — five-category loan classification, from best to worst. */
public enum FiveCategory {
  /** 正常 */
  NORMAL,
  /** 关注 */
  SPECIAL_MENTION,
  /** 次级 */
  SUBSTANDARD,
  /** 可疑 */
  DOUBTFUL,
  /** 损失 */
  LOSS;
}
