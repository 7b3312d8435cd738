package io.loanradar.core.product;

/** Kind of loan product. */
public enum ProductType {
  /** 流动资金贷款 */
  WORKING_CAPITAL,
  /** 项目贷款 */
  PROJECT,
  /** 信用贷款 */
  CREDIT,
  /** 供应链金融 */
  SUPPLY_CHAIN,
  /** 设备贷款 */
  EQUIPMENT,
  /** 贸易融资 */
  TRADE_FINANCE,
  /** 票据贴现 */
  BILL_DISCOUNT;
}
