package io.loanradar.core.customer;

import java.util.Optional;

/** The twenty sections (门类) of GB/T 4754-2017, with their names in Chinese and English. */
public enum IndustrySection {
  A("农、林、牧、渔业", "Agriculture, forestry, animal husbandry and fishery"),
  B("采矿业", "Mining"),
  C("制造业", "Manufacturing"),
  D("电力、热力、燃气及水生产和供应业", "Electricity, heat, gas and water supply"),
  E("建筑业", "Construction"),
  F("批发和零售业", "Wholesale and retail trade"),
  G("交通运输、仓储和邮政业", "Transport, storage and postal services"),
  H("住宿和餐饮业", "Accommodation and catering"),
  I("信息传输、软件和信息技术服务业", "Information transmission, software and IT services"),
  J("金融业", "Finance"),
  K("房地产业", "Real estate"),
  L("租赁和商务服务业", "Leasing and business services"),
  M("科学研究和技术服务业", "Scientific research and technical services"),
  N("水利、环境和公共设施管理业", "Water, environment and public facilities management"),
  O("居民服务、修理和其他服务业", "Resident services, repair and other services"),
  P("教育", "Education"),
  Q("卫生和社会工作", "Health and social work"),
  R("文化、体育和娱乐业", "Culture, sports and entertainment"),
  S("公共管理、社会保障和社会组织", "Public administration and social organisations"),
  T("国际组织", "International organisations");

  private final String zh;
  private final String en;

  IndustrySection(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** The Chinese name, e.g. 制造业. */
  public String zh() {
    return zh;
  }

  /** The English name, e.g. Manufacturing. */
  public String en() {
    return en;
  }

  /** The name in Chinese, or in English when {@code english}. */
  public String name(boolean english) {
    return english ? en : zh;
  }

  /** The section of a letter or of a code starting with it; empty when there is none. */
  public static Optional<IndustrySection> of(String code) {
    if (code == null || code.isEmpty()) {
      return Optional.empty();
    }
    char letter = code.charAt(0);
    if (letter < 'A' || letter > 'T') {
      return Optional.empty();
    }
    return Optional.of(values()[letter - 'A']);
  }
}
