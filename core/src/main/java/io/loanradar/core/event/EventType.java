package io.loanradar.core.event;

/** What happened to an enterprise. */
public enum EventType {
  /** 负面新闻 */
  NEGATIVE_NEWS,
  /** 正面新闻 */
  POSITIVE_NEWS,
  /** 诉讼 */
  LITIGATION,
  /** 被执行 */
  ENFORCEMENT,
  /** 失信被执行人 */
  DISHONEST_DEBTOR,
  /** 行政处罚 */
  PENALTY,
  /** 高管/法定代表人变更 */
  EXEC_CHANGE,
  /** 股东变更 */
  SHAREHOLDER_CHANGE,
  /** 增资 */
  CAPITAL_INCREASE,
  /** 减资 */
  CAPITAL_DECREASE,
  /** 投资公告 */
  INVESTMENT_ANNOUNCEMENT,
  /** 新项目 */
  NEW_PROJECT,
  /** 设备采购 */
  EQUIPMENT_PURCHASE,
  /** 采购订单 */
  PURCHASE_ORDER,
  /** 中标/签约 */
  CONTRACT_WON,
  /** 浏览贷款产品 */
  LOAN_PRODUCT_VIEWED,
  /** 使用贷款计算器 */
  LOAN_CALCULATOR_USED,
  /** 发起预申请 */
  PRE_APPLICATION_STARTED,
  /** 其他 */
  OTHER;
}
