package io.loanradar.app.models;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a platform model predicts, for whom, and over which window after the as-of date.
 *
 * <ul>
 *   <li>{@code pd_12m}: among the enterprises with a loan here in good standing on the as-of date,
 *       the probability that one of its loans defaults, is written off or goes more than 90 days
 *       overdue within 12 months after it.
 *   <li>{@code propensity_90d}: among all enterprises, the probability that a new loan here starts
 *       within 90 days after the as-of date.
 * </ul>
 */
public enum PlatformTarget {
  PD_12M("pd_12m", "12个月违约概率", "12-month probability of default"),
  PROPENSITY_90D("propensity_90d", "90天贷款意向", "90-day loan propensity");

  private final String id;
  private final String zh;
  private final String en;

  PlatformTarget(String id, String zh, String en) {
    this.id = id;
    this.zh = zh;
    this.en = en;
  }

  /**
   * The name used in files, the store and the command line: {@code pd_12m}, {@code propensity_90d}.
   */
  public String id() {
    return id;
  }

  public String zh() {
    return zh;
  }

  public String en() {
    return en;
  }

  /** The last day of the outcome window that opens after {@code asOf}. */
  public LocalDate windowEnd(LocalDate asOf) {
    return this == PD_12M ? asOf.plusMonths(12) : asOf.plusDays(90);
  }

  /**
   * The target named {@code id}.
   *
   * @throws IllegalArgumentException naming the targets there are
   */
  public static PlatformTarget of(String id) {
    for (PlatformTarget t : values()) {
      if (t.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown target '" + id + "': expected pd_12m or propensity_90d");
  }
}
