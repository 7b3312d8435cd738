package io.loanradar.core.synthetic;

/** The planted stories: the seven demand scenarios, two ways of going wrong, and noise. */
enum StoryKind {
  SEASONAL_PURCHASE("季节性备货资金缺口", "seasonal purchase peak with a funding gap"),
  EXPANSION("扩产投资", "capacity expansion"),
  EQUIPMENT_UPGRADE("设备更新改造", "equipment upgrade"),
  LIQUIDITY_NEED("回款放缓流动性紧张", "receivables stretch, balances slide"),
  DIGITAL_INTENT("线上浏览贷款产品", "online loan-product interest"),
  SUPPLY_CHAIN("核心企业上下游融资", "supplier of a core enterprise needs finance"),
  REFINANCE("贷款到期续贷", "maturing loan renewed"),
  DETERIORATION("经营恶化违约", "business deteriorates into default"),
  CONTAGION("担保圈/集团风险传染", "risk spreads from a related defaulter"),
  NOISE("无后续的表面信号", "surface signal that leads nowhere");

  private final String zh;
  private final String en;

  StoryKind(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  String note() {
    return zh + " / " + en;
  }

  boolean bad() {
    return this == DETERIORATION || this == CONTAGION;
  }
}
