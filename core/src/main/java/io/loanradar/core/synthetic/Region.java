package io.loanradar.core.synthetic;

import java.util.List;

/**
 * A GB/T 2260 county-level area that customers are registered in.
 *
 * @param code 6-digit GB/T 2260 code
 * @param city city name used in company names (e.g. 苏州)
 * @param weight relative share of customers
 */
record Region(String code, String city, int weight) {

  static final List<Region> ALL =
      List.of(
          new Region("110105", "北京", 40),
          new Region("110108", "北京", 35),
          new Region("120116", "天津", 20),
          new Region("130102", "石家庄", 10),
          new Region("310115", "上海", 45),
          new Region("310112", "上海", 25),
          new Region("320505", "苏州", 30),
          new Region("320506", "苏州", 20),
          new Region("320211", "无锡", 18),
          new Region("320106", "南京", 20),
          new Region("330106", "杭州", 30),
          new Region("330110", "杭州", 20),
          new Region("330212", "宁波", 22),
          new Region("330782", "义乌", 12),
          new Region("340104", "合肥", 14),
          new Region("350102", "福州", 12),
          new Region("350203", "厦门", 14),
          new Region("350582", "晋江", 10),
          new Region("370202", "青岛", 18),
          new Region("370102", "济南", 14),
          new Region("410105", "郑州", 14),
          new Region("420106", "武汉", 18),
          new Region("430104", "长沙", 14),
          new Region("440106", "广州", 35),
          new Region("440305", "深圳", 40),
          new Region("440306", "深圳", 25),
          new Region("441900", "东莞", 25),
          new Region("442000", "中山", 10),
          new Region("440604", "佛山", 18),
          new Region("500112", "重庆", 18),
          new Region("510107", "成都", 22),
          new Region("530102", "昆明", 8),
          new Region("610113", "西安", 14),
          new Region("210202", "大连", 10),
          new Region("220102", "长春", 7),
          new Region("230103", "哈尔滨", 7),
          new Region("360102", "南昌", 8),
          new Region("450103", "南宁", 7),
          new Region("460106", "海口", 5));

  static final WeightedTable<Region> TABLE = new WeightedTable<>(ALL, Region::weight);
}
