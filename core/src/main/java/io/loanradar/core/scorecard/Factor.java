package io.loanradar.core.scorecard;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The six factors of the scorecard, each valued 0–100. */
public enum Factor {
  /** 规模 — size, from revenue and assets. */
  SIZE("size", "规模", "size"),
  /** 行业地位 — revenue percentile among industry peers × 100. */
  INDUSTRY_POSITION("industry_position", "行业地位", "industry position"),
  /** 信用表现 — overdue, five-category class and utilisation. */
  CREDIT("credit", "信用表现", "credit performance"),
  /** 成长性 — revenue and invoiced-sales growth. */
  GROWTH("growth", "成长性", "growth"),
  /** 合作年限 — years as the bank's customer. */
  RELATIONSHIP("relationship", "合作年限", "relationship"),
  /** 杠杆 — debt ratio. */
  LEVERAGE("leverage", "杠杆", "leverage");

  private final String key;
  private final String zh;
  private final String en;

  Factor(String key, String zh, String en) {
    this.key = key;
    this.zh = zh;
    this.en = en;
  }

  /** The name in configurations and in the {@code factor_*} columns of scores.csv. */
  public String key() {
    return key;
  }

  /** The Chinese name. */
  public String zh() {
    return zh;
  }

  /** The English name, lower case. */
  public String en() {
    return en;
  }

  /**
   * The factor of a configuration key.
   *
   * @throws IllegalArgumentException naming the key and the known ones when there is none
   */
  public static Factor byKey(String key) {
    return Arrays.stream(values())
        .filter(f -> f.key.equals(key))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown factor '" + key + "'; known factors: " + knownKeys()));
  }

  static String knownKeys() {
    return Arrays.stream(values()).map(Factor::key).collect(Collectors.joining(", "));
  }
}
