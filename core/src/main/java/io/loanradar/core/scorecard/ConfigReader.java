package io.loanradar.core.scorecard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Turns the parsed YAML maps into a {@link ScorecardConfig}, naming the path of any problem. */
final class ConfigReader {

  private static final String BELOW = "below";

  private ConfigReader() {}

  static ScorecardConfig read(Map<String, Object> root) {
    allowOnly(root, "", Set.of("version", "neutral", "weights", "grades", "tiers", "bins"));
    Map<Factor, Double> weights = new EnumMap<>(Factor.class);
    map(root, "weights")
        .forEach((k, v) -> weights.put(factor(k, "weights"), number(v, "weights." + k)));
    Map<String, Object> grades = map(root, "grades");
    allowOnly(grades, "grades.", Set.of("A", "B"));
    Map<Factor, List<Bins>> bins = new EnumMap<>(Factor.class);
    map(root, "bins").forEach((k, v) -> bins.put(factor(k, "bins"), tables(k, v)));
    return new ScorecardConfig(
        scalar(root, "version", ""),
        number(root, "neutral", ""),
        weights,
        new ScorecardConfig.Grades(number(grades, "A", "grades."), number(grades, "B", "grades.")),
        tiers(map(root, "tiers")),
        bins);
  }

  private static ScorecardConfig.Tiers tiers(Map<String, Object> tiers) {
    allowOnly(tiers, "tiers.", Set.of("strategic", "key_growth"));
    Map<String, Object> strategic = map(tiers, "strategic");
    Map<String, Object> growth = map(tiers, "key_growth");
    String s = "tiers.strategic.";
    String g = "tiers.key_growth.";
    allowOnly(strategic, s, Set.of("min_total_assets", "min_industry_percentile"));
    allowOnly(growth, g, Set.of("min_total_assets", "max_total_assets", "min_revenue_yoy"));
    return new ScorecardConfig.Tiers(
        number(strategic, "min_total_assets", s),
        number(strategic, "min_industry_percentile", s),
        number(growth, "min_total_assets", g),
        number(growth, "max_total_assets", g),
        number(growth, "min_revenue_yoy", g));
  }

  private static List<Bins> tables(String factor, Object node) {
    String path = "bins." + factor;
    List<Bins> tables = new ArrayList<>();
    asMap(node, path).forEach((feature, table) -> tables.add(bins(feature, table, path)));
    return tables;
  }

  private static Bins bins(String feature, Object node, String parent) {
    String path = parent + "." + feature + ".";
    Map<String, Object> table = asMap(node, path);
    allowOnly(table, path, Set.of("weight", "better", "points"));
    String better = scalar(table, "better", path);
    if (!better.equals("higher") && !better.equals("lower")) {
      throw new IllegalArgumentException(path + "better must be 'higher' or 'lower': " + better);
    }
    Map<String, Object> points = map(table, "points", path);
    List<Double> thresholds = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    Double below = null;
    for (Map.Entry<String, Object> e : points.entrySet()) {
      double value = number(e.getValue(), path + "points." + e.getKey());
      if (e.getKey().equals(BELOW)) {
        below = value;
      } else {
        thresholds.add(number(e.getKey(), path + "points key"));
        values.add(value);
      }
    }
    if (values.isEmpty()) {
      throw new IllegalArgumentException(path + "points need at least one threshold");
    }
    return new Bins(
        feature,
        number(table, "weight", path),
        better.equals("higher"),
        below == null ? values.get(0) : below,
        thresholds,
        values);
  }

  private static Factor factor(String key, String section) {
    try {
      return Factor.byKey(key);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(section + ": " + e.getMessage(), e);
    }
  }

  private static void allowOnly(Map<String, Object> map, String path, Set<String> keys) {
    for (String key : map.keySet()) {
      if (!keys.contains(key)) {
        throw new IllegalArgumentException(
            "unknown key '" + path + key + "'; expected one of " + new TreeSet<>(keys));
      }
    }
  }

  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    return map(parent, key, "");
  }

  private static Map<String, Object> map(Map<String, Object> parent, String key, String path) {
    return asMap(require(parent, key, path), path + key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object node, String path) {
    if (!(node instanceof Map)) {
      throw new IllegalArgumentException(path + " must be a map of keys, not '" + node + "'");
    }
    return (Map<String, Object>) node;
  }

  private static Object require(Map<String, Object> parent, String key, String path) {
    Object value = parent.get(key);
    if (value == null) {
      throw new IllegalArgumentException("missing key '" + path + key + "'");
    }
    return value;
  }

  private static String scalar(Map<String, Object> parent, String key, String path) {
    Object value = require(parent, key, path);
    if (!(value instanceof String s)) {
      throw new IllegalArgumentException(path + key + " must be a single value");
    }
    return s;
  }

  private static double number(Map<String, Object> parent, String key, String path) {
    return number(scalar(parent, key, path), path + key);
  }

  private static double number(Object value, String path) {
    if (!(value instanceof String s)) {
      throw new IllegalArgumentException(path + " must be a number");
    }
    try {
      double d = Double.parseDouble(s.replace("_", ""));
      if (!Double.isFinite(d)) {
        throw new NumberFormatException(s);
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(path + " must be a number, not '" + s + "'", e);
    }
  }
}
