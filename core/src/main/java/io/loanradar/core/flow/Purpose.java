package io.loanradar.core.flow;

/** 用途 — what an account flow was for. */
public enum Purpose {
  /** 销售回款 */
  SALES_RECEIPT,
  /** 供应商付款 */
  SUPPLIER_PAYMENT,
  /** 工资 */
  SALARY,
  /** 税费 */
  TAX,
  /** 水电费 */
  UTILITY,
  /** 租金 */
  RENT,
  /** 贷款放款 */
  LOAN_DRAWDOWN,
  /** 贷款还款 */
  LOAN_REPAYMENT,
  /** 利息 */
  INTEREST,
  /** 资本支出 */
  CAPEX,
  /** 投资 */
  INVESTMENT,
  /** 转账 */
  TRANSFER,
  /** 手续费 */
  FEE,
  /** 其他 */
  OTHER;
}
