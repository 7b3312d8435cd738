package io.loanradar.core.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * 优先级 — 1 (highest) to 5, from the customer's grade, the amount and how soon the need comes: grade
 * A 2 points, B 1; amount of CNY 10 m or more 2 points, 1 m or more 1; needed within 30 days 2
 * points, within 60 days 1. Priority = 5 − round(points × 4 / 6).
 */
public final class Priority {

  private Priority() {}

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
    return 5 - (int) Math.round(points * 4 / 6.0);
  }
}
