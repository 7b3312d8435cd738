package io.loanradar.core.demand;

/** 商机场景 — the reason an enterprise may need a loan now. */
public enum Scenario {
  /** 季节性备货 */
  SEASONAL_PURCHASE,
  /** 扩张投资 */
  EXPANSION,
  /** 设备更新 */
  EQUIPMENT_UPGRADE,
  /** 流动性需求 */
  LIQUIDITY_NEED,
  /** 线上意向 */
  DIGITAL_INTENT,
  /** 供应链融资 */
  SUPPLY_CHAIN,
  /** 续贷/转贷 */
  REFINANCE;
}
