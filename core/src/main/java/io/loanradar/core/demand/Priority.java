package io.loanradar.core.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * 优先级 — 1 (highest) to 5, from the customer's grade, the amount and how soon the need comes: grade
 * A 2 points, B 1; amount of CNY 10 m or more 2 points, 1 m or more 1; needed within 30 days 2
 * points, within 60 days 1. Priority = 5 − round(points × 4 / 6). When the champion {@code
 * propensity_90d} model gives the customer's probability of a new loan within 90 days, a high one
 * ({@value #HIGH_PROPENSITY} or more) adds a point and a low one (below {@value #LOW_PROPENSITY})
 * takes one away, points staying within 0–6; {@link #propensityEvidence} says which in the
 * opportunity's reasons.
 */
public final class Priority {

  /** Propensity from which a customer earns a priority point. */
  public static final double HIGH_PROPENSITY = 0.30;

  /** Propensity below which a customer loses a priority point. */
  public static final double LOW_PROPENSITY = 0.05;

  private Priority() {}

  /**
   * The priority with the propensity model's say.
   *
   * @param propensity the probability of a new loan within 90 days, empty without a model
   */
  public static int of(
      Optional<String> grade,
      BigDecimal amount,
      LocalDate asOf,
      LocalDate expectedBy,
      OptionalDouble propensity) {
    int points = points(grade, amount, asOf, expectedBy) + propensityPoints(propensity);
    return 5 - (int) Math.round(Math.max(0, Math.min(6, points)) * 4 / 6.0);
  }

  /** +1, 0 or −1 for a high, middling or low propensity; 0 without one. */
  public static int propensityPoints(OptionalDouble propensity) {
    if (propensity.isEmpty()) {
      return 0;
    }
    double p = propensity.getAsDouble();
    return p >= HIGH_PROPENSITY ? 1 : p < LOW_PROPENSITY ? -1 : 0;
  }

  /** The reason line for the propensity's effect on priority, empty without a model. */
  public static Optional<Evidence> propensityEvidence(OptionalDouble propensity, LocalDate asOf) {
    if (propensity.isEmpty()) {
      return Optional.empty();
    }
    double p = propensity.getAsDouble();
    String pct = String.format(Locale.ROOT, "%.1f%%", p * 100);
    int points = propensityPoints(propensity);
    String zh =
        "贷款意向模型：90天内新增贷款概率 "
            + pct
            + (points > 0 ? "（≥30%，优先级加1分）" : points < 0 ? "（<5%，优先级减1分）" : "（优先级不变）");
    String en =
        "Propensity model: "
            + pct
            + " chance of a new loan within 90 days"
            + (points > 0
                ? " (30% or more: priority +1 point)"
                : points < 0 ? " (below 5%: priority −1 point)" : " (priority unchanged)");
    return Optional.of(Evidence.of("MODEL_PROPENSITY_90D", asOf, null, zh, en));
  }

  /**
   * The priority.
   *
   * @param grade the key-customer grade {@code A}/{@code B}/{@code C}, empty when not scored
   * @param amount estimated amount, CNY yuan
   * @param asOf the as-of date
   * @param expectedBy the day the need is expected
   */
  public static int of(
      Optional<String> grade, BigDecimal amount, LocalDate asOf, LocalDate expectedBy) {
    return 5 - (int) Math.round(points(grade, amount, asOf, expectedBy) * 4 / 6.0);
  }

  private static int points(
      Optional<String> grade, BigDecimal amount, LocalDate asOf, LocalDate expectedBy) {
    int points = grade.map(g -> g.equals("A") ? 2 : g.equals("B") ? 1 : 0).orElse(0);
    if (amount.compareTo(BigDecimal.valueOf(10_000_000)) >= 0) {
      points += 2;
    } else if (amount.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
      points += 1;
    }
    long days = ChronoUnit.DAYS.between(asOf, expectedBy);
    if (days <= 30) {
      points += 2;
    } else if (days <= 60) {
      points += 1;
    }
    return points;
  }
}
