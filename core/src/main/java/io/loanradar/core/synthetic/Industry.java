package io.loanradar.core.synthetic;

import java.util.List;

/**
 * A GB/T 4754-2017 class that customers work in, with the economics the generator needs.
 *
 * @param code section letter and 4-digit class, e.g. {@code C3670}
 * @param words trade words used in company names (e.g. 汽车零部件)
 * @param weight relative share of customers
 * @param season monthly sales shape
 * @param costRatio purchases from suppliers as a share of revenue
 * @param wage average monthly wage per employee, yuan
 * @param revenuePerEmployee yearly revenue per employee, yuan
 * @param assetTurnover revenue divided by total assets
 */
record Industry(
    String code,
    List<String> words,
    int weight,
    Seasonality season,
    double costRatio,
    int wage,
    int revenuePerEmployee,
    double assetTurnover) {

  private static final Seasonality M = Seasonality.MANUFACTURING;

  static final List<Industry> ALL =
      List.of(
          of("C3670", 60, M, 0.72, 8500, 1_300_000, 0.9, "汽车零部件", "汽车配件", "精密机械"),
          of("C3484", 45, M, 0.70, 8000, 1_000_000, 0.9, "机械制造", "精密部件", "传动科技"),
          of("C3912", 30, M, 0.75, 9500, 1_600_000, 1.0, "电子科技", "计算机配件"),
          of("C3851", 20, Seasonality.SUMMER, 0.74, 8000, 1_500_000, 1.0, "制冷电器", "空调设备"),
          of("C1521", 15, Seasonality.SUMMER, 0.62, 7000, 1_200_000, 1.1, "饮料", "食品饮料"),
          of("C2614", 20, M, 0.76, 9000, 2_000_000, 0.8, "化工", "新材料"),
          of("C1713", 20, M, 0.73, 6500, 800_000, 1.0, "纺织", "印染"),
          of("C2927", 25, M, 0.72, 6800, 900_000, 1.0, "塑胶制品", "塑业"),
          of("C3311", 25, M, 0.74, 7500, 1_100_000, 0.9, "钢结构", "金属制品"),
          of("C3381", 15, M, 0.70, 6500, 800_000, 1.1, "厨具", "五金制品"),
          of("C2511", 4, M, 0.85, 11000, 5_000_000, 0.9, "石油化工", "石化"),
          of("B0610", 4, M, 0.55, 9000, 1_500_000, 0.5, "煤业", "矿业"),
          of("D4411", 3, Seasonality.FLAT, 0.65, 10000, 3_000_000, 0.4, "电力", "能源"),
          of("F5174", 35, Seasonality.FLAT, 0.88, 7000, 4_000_000, 2.0, "五金机电", "贸易"),
          of("F5165", 30, Seasonality.CONSTRUCTION, 0.88, 7000, 4_500_000, 2.0, "建材", "建筑材料"),
          of("F5137", 20, Seasonality.RETAIL, 0.87, 7000, 4_000_000, 2.2, "家电", "电器销售"),
          of("F5121", 20, Seasonality.RETAIL, 0.88, 6500, 4_000_000, 2.2, "粮油", "食品贸易"),
          of("F5211", 12, Seasonality.RETAIL, 0.80, 6000, 1_500_000, 1.8, "百货", "商业"),
          of("F5212", 15, Seasonality.RETAIL, 0.80, 6000, 1_500_000, 1.8, "超市", "商贸"),
          of("F5292", 20, Seasonality.RETAIL, 0.78, 8500, 2_500_000, 2.0, "电子商务", "网络科技"),
          of("E4710", 25, Seasonality.CONSTRUCTION, 0.80, 8000, 1_200_000, 0.7, "建设", "建筑工程"),
          of("E4812", 12, Seasonality.CONSTRUCTION, 0.78, 8500, 1_500_000, 0.6, "路桥", "交通工程"),
          of("E4910", 12, Seasonality.CONSTRUCTION, 0.75, 8000, 1_000_000, 0.9, "机电安装", "电气工程"),
          of("E5011", 15, Seasonality.CONSTRUCTION, 0.72, 7500, 800_000, 1.0, "装饰工程", "装饰设计"),
          of("I6513", 30, Seasonality.FLAT, 0.35, 18000, 600_000, 1.2, "信息科技", "软件", "数据科技"),
          of("I6531", 15, Seasonality.FLAT, 0.55, 15000, 900_000, 1.3, "信息系统", "智能科技"),
          of("I6450", 8, Seasonality.FLAT, 0.40, 17000, 800_000, 1.0, "云计算", "数据服务"),
          of("G5431", 20, Seasonality.FLAT, 0.60, 7500, 700_000, 1.3, "物流", "运输"),
          of("G5810", 10, Seasonality.FLAT, 0.65, 8000, 1_200_000, 1.5, "供应链管理", "国际物流"),
          of("G5920", 8, Seasonality.FLAT, 0.50, 7000, 800_000, 0.8, "仓储", "仓储物流"),
          of("A0111", 8, Seasonality.HARVEST, 0.60, 5000, 400_000, 0.7, "农业发展", "粮食种植"),
          of("A0141", 8, Seasonality.HARVEST, 0.58, 5000, 400_000, 0.8, "农业科技", "蔬菜种植"),
          of("A0151", 6, Seasonality.HARVEST, 0.55, 5000, 400_000, 0.7, "果业", "生态农业"),
          of("H6110", 6, Seasonality.SUMMER, 0.45, 6000, 300_000, 0.5, "酒店管理", "大酒店"),
          of("H6210", 8, Seasonality.RETAIL, 0.50, 5500, 300_000, 1.5, "餐饮管理", "餐饮"),
          of("L7211", 6, Seasonality.FLAT, 0.40, 12000, 1_000_000, 0.5, "投资管理", "实业"),
          of("M7484", 8, Seasonality.CONSTRUCTION, 0.40, 14000, 600_000, 1.1, "工程设计", "规划设计"),
          of("M7320", 6, Seasonality.FLAT, 0.40, 15000, 700_000, 0.9, "科技研发", "技术研究"),
          of("Q8411", 4, Seasonality.FLAT, 0.50, 11000, 500_000, 0.7, "医院管理", "医疗"));

  static final WeightedTable<Industry> TABLE = new WeightedTable<>(ALL, Industry::weight);

  private static Industry of(
      String code,
      int weight,
      Seasonality season,
      double costRatio,
      int wage,
      int revenuePerEmployee,
      double assetTurnover,
      String... words) {
    return new Industry(
        code, List.of(words), weight, season, costRatio, wage, revenuePerEmployee, assetTurnover);
  }

  char section() {
    return code.charAt(0);
  }

  boolean manufacturing() {
    return section() == 'C';
  }
}
