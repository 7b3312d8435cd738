package io.loanradar.core.synthetic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Chinese legal names: {@code {城市}{字号}{行业词}{组织形式}}, unique across a run. Also the names of outside
 * counterparties and of other banks.
 */
final class Names {

  private static final String TRADE_CHARS =
      "恒达华盛鑫源泰宏隆兴昌瑞祥丰嘉鼎博通安信诚德海天新金宇辰晨远航腾凯启明正和润永顺卓越众汇利康宝光中科创立豪骏美佳聚银峰云锦威捷";
  private static final List<String> FORMS = List.of("有限公司", "股份有限公司", "有限责任公司");
  private static final List<String> OUTSIDE_WORDS =
      List.of("贸易", "商贸", "物资", "材料", "包装", "电子", "机电设备", "化工", "实业", "物流", "五金", "科技");
  private static final List<String> EQUIPMENT_WORDS =
      List.of("数控机床", "智能装备", "自动化设备", "机器人", "工业设备");
  private static final List<String> BANKS =
      List.of(
          "中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "招商银行", "兴业银行", "浦发银行", "中信银行", "民生银行",
          "平安银行", "光大银行", "宁波银行", "江苏银行");

  private final Set<String> used = new HashSet<>();

  /** A unique legal name for a customer. */
  String company(SplittableRandom rng, Region region, Industry industry, boolean large) {
    String word = pick(rng, industry.words());
    String form = large && rng.nextInt(3) == 0 ? FORMS.get(1) : pick(rng, FORMS);
    for (int attempt = 0; ; attempt++) {
      String trade = trade(rng, attempt < 8 ? 2 : 3);
      String name = region.city() + trade + word + form;
      if (used.add(name)) {
        return name;
      }
    }
  }

  static String trade(SplittableRandom rng, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      char c = TRADE_CHARS.charAt(rng.nextInt(TRADE_CHARS.length()));
      if (b.indexOf(String.valueOf(c)) >= 0) {
        i--;
        continue;
      }
      b.append(c);
    }
    return b.toString();
  }

  /** An outside company (not a customer of the bank); may repeat across customers. */
  static String outside(SplittableRandom rng) {
    Region region = Region.TABLE.draw(rng);
    return region.city() + trade(rng, 2) + pick(rng, OUTSIDE_WORDS) + "有限公司";
  }

  static String equipmentMaker(SplittableRandom rng) {
    Region region = Region.TABLE.draw(rng);
    return region.city() + trade(rng, 2) + pick(rng, EQUIPMENT_WORDS) + "有限公司";
  }

  /** Another bank's branch, e.g. 中国工商银行苏州分行. */
  static String lender(SplittableRandom rng, Region region) {
    String bank = pick(rng, BANKS);
    return rng.nextInt(3) == 0 ? bank : bank + region.city() + "分行";
  }

  static <T> T pick(SplittableRandom rng, List<T> items) {
    return items.get(rng.nextInt(items.size()));
  }
}
