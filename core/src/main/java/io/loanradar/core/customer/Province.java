package io.loanradar.core.customer;

import java.util.Map;
import java.util.Optional;

/**
 * The provincial-level divisions of GB/T 2260 by their two-digit codes, with names in Chinese and
 * English.
 *
 * @param code two digits, e.g. {@code 32}
 * @param zh Chinese name, e.g. 江苏省
 * @param en English name, e.g. Jiangsu
 */
public record Province(String code, String zh, String en) {

  private static final Map<String, Province> ALL =
      Map.ofEntries(
          entry("11", "北京市", "Beijing"),
          entry("12", "天津市", "Tianjin"),
          entry("13", "河北省", "Hebei"),
          entry("14", "山西省", "Shanxi"),
          entry("15", "内蒙古自治区", "Inner Mongolia"),
          entry("21", "辽宁省", "Liaoning"),
          entry("22", "吉林省", "Jilin"),
          entry("23", "黑龙江省", "Heilongjiang"),
          entry("31", "上海市", "Shanghai"),
          entry("32", "江苏省", "Jiangsu"),
          entry("33", "浙江省", "Zhejiang"),
          entry("34", "安徽省", "Anhui"),
          entry("35", "福建省", "Fujian"),
          entry("36", "江西省", "Jiangxi"),
          entry("37", "山东省", "Shandong"),
          entry("41", "河南省", "Henan"),
          entry("42", "湖北省", "Hubei"),
          entry("43", "湖南省", "Hunan"),
          entry("44", "广东省", "Guangdong"),
          entry("45", "广西壮族自治区", "Guangxi"),
          entry("46", "海南省", "Hainan"),
          entry("50", "重庆市", "Chongqing"),
          entry("51", "四川省", "Sichuan"),
          entry("52", "贵州省", "Guizhou"),
          entry("53", "云南省", "Yunnan"),
          entry("54", "西藏自治区", "Tibet"),
          entry("61", "陕西省", "Shaanxi"),
          entry("62", "甘肃省", "Gansu"),
          entry("63", "青海省", "Qinghai"),
          entry("64", "宁夏回族自治区", "Ningxia"),
          entry("65", "新疆维吾尔自治区", "Xinjiang"),
          entry("71", "台湾省", "Taiwan"),
          entry("81", "香港特别行政区", "Hong Kong"),
          entry("82", "澳门特别行政区", "Macao"));

  private static Map.Entry<String, Province> entry(String code, String zh, String en) {
    return Map.entry(code, new Province(code, zh, en));
  }

  /** The province of a region code's first two digits; empty when they name none. */
  public static Optional<Province> of(String regionCode) {
    if (regionCode == null || regionCode.length() < 2) {
      return Optional.empty();
    }
    return Optional.ofNullable(ALL.get(regionCode.substring(0, 2)));
  }

  /** The name in Chinese, or in English when {@code english}. */
  public String name(boolean english) {
    return english ? en : zh;
  }
}
