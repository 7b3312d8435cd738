package io.loanradar.core.event;

/** Where an event was observed. */
public enum EventSource {
  /** 新闻舆情 */
  NEWS,
  /** 工商登记 */
  REGISTRY,
  /** 司法 */
  COURT,
  /** 税务 */
  TAX,
  /** 监管 */
  REGULATOR,
  /** 企业系统 */
  ERP,
  /** 网银/手机银行行为 */
  DIGITAL,
  /** 客户经理记录 */
  RM_NOTE;
}
