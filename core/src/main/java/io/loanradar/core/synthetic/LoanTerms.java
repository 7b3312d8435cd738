package io.loanradar.core.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/** Sizes needs and sets the terms of loans at this bank: products, amounts, rates and dates. */
final class LoanTerms {

  private static final long TEN_WAN = 100_000L * 100;

  private final Window window;
  private final SplittableRandom rng;

  LoanTerms(Window window, SplittableRandom rng) {
    this.window = window;
    this.rng = rng;
  }

  long need(Enterprise e, StoryKind kind, Enterprise core, Structure structure) {
    double monthly = e.revenue() / 12.0;
    double need =
        switch (kind) {
          case SEASONAL_PURCHASE -> monthly * Seeds.between(rng, 0.6, 1.2);
          case EXPANSION -> e.revenue() * Seeds.between(rng, 0.25, 0.6);
          case EQUIPMENT_UPGRADE -> e.revenue() * Seeds.between(rng, 0.08, 0.25);
          case LIQUIDITY_NEED -> monthly * Seeds.between(rng, 0.8, 1.8);
          case DIGITAL_INTENT -> Math.min(e.revenue() * Seeds.between(rng, 0.04, 0.1), 3e8);
          case SUPPLY_CHAIN -> linkMonthly(e, core, structure) * Seeds.between(rng, 2, 3);
          case REFINANCE -> e.revenue() * Seeds.between(rng, 0.08, 0.2);
          default -> e.revenue() * Seeds.between(rng, 0.1, 0.25);
        };
    return roundToTenWan(need);
  }

  private static double linkMonthly(Enterprise e, Enterprise core, Structure structure) {
    for (Structure.SupplyLink l : structure.linksOf(e.index())) {
      if (core != null && l.buyer() == core.index()) {
        return l.monthly();
      }
    }
    return e.revenue() / 12.0;
  }

  static long roundToTenWan(double cents) {
    return Math.max(TEN_WAN, Math.round(cents / TEN_WAN) * TEN_WAN);
  }

  String product(Enterprise e, StoryKind kind) {
    boolean small = !e.bigger();
    return switch (kind) {
      case SEASONAL_PURCHASE -> rng.nextBoolean() ? "WC02" : "WC01";
      case EXPANSION ->
          e.revenue() >= 50_000_000L * 100 ? (rng.nextBoolean() ? "PJ01" : "PJ02") : "CR01";
      case EQUIPMENT_UPGRADE -> "EQ01";
      case LIQUIDITY_NEED -> small && rng.nextBoolean() ? "CR03" : "WC01";
      case DIGITAL_INTENT -> rng.nextBoolean() ? "CR02" : "CR03";
      case SUPPLY_CHAIN -> rng.nextInt(3) == 0 ? "SC02" : "SC01";
      case REFINANCE -> rng.nextBoolean() ? "RF01" : "RF02";
      default -> small ? "CR03" : "WC01";
    };
  }

  /** The loan a demand story ends in, starting on {@code start}. */
  Story.Terms demandLoan(Enterprise e, StoryKind kind, long need, LocalDate start) {
    Product p = Product.byCode(product(e, kind));
    long amount = p.fit(need);
    int tenor = p.minTenor() + rng.nextInt(Math.min(p.maxTenor(), 60) - p.minTenor() + 1);
    if (kind == StoryKind.EXPANSION) {
      tenor = Math.max(tenor, 36);
    }
    LocalDate maturity = start.plusMonths(tenor);
    boolean repaid = !maturity.isAfter(window.end());
    return new Story.Terms(
        p.code(),
        amount,
        rate(p),
        start,
        maturity,
        repaid ? "REPAID" : "ACTIVE",
        repaid ? maturity : window.end(),
        0,
        repaid ? 0 : amount);
  }

  /** A loan that stops being serviced 91 days before {@code outcome}. */
  Story.Terms badLoan(Enterprise e, LocalDate signal, LocalDate outcome, boolean defaulted) {
    Product p = Product.byCode(e.bigger() ? "WC01" : "CR03");
    long amount = p.fit(roundToTenWan(e.revenue() * Seeds.between(rng, 0.08, 0.2)));
    LocalDate start = notBefore(signal.minusDays(90 + rng.nextInt(360)), e);
    LocalDate overdueStart = outcome.minusDays(91);
    int tenor = 12;
    while (!start.plusMonths(tenor).isAfter(overdueStart.plusDays(20))) {
      tenor += 12;
    }
    LocalDate status = outcome.plusDays(rng.nextInt(61));
    if (status.isAfter(window.end())) {
      status = window.end();
    }
    int overdue = (int) ChronoUnit.DAYS.between(overdueStart, status);
    long outstanding = Math.round(amount * Seeds.between(rng, 0.7, 1.0) / 100.0) * 100;
    return new Story.Terms(
        p.code(),
        amount,
        rate(p),
        start,
        start.plusMonths(tenor),
        defaulted ? "DEFAULTED" : "ACTIVE",
        status,
        overdue,
        outstanding);
  }

  /** A loan day no earlier than a month into the customer's relationship with the bank. */
  static LocalDate notBefore(LocalDate day, Enterprise e) {
    LocalDate first = e.relationshipSince().plusDays(30);
    return Window.weekday(day.isBefore(first) ? first : day);
  }

  double rate(Product p) {
    double lo = Math.max(0.03, Double.parseDouble(p.rateFloor()));
    double hi = Math.min(0.08, Double.parseDouble(p.rateCap()));
    return Math.round(Seeds.between(rng, lo, Math.max(lo, hi)) * 10_000) / 10_000.0;
  }

  /** 五级分类 by days overdue, per the 2023 rules. */
  static String fiveCategory(int overdueDays) {
    if (overdueDays > 360) {
      return "LOSS";
    }
    if (overdueDays > 270) {
      return "DOUBTFUL";
    }
    if (overdueDays > 90) {
      return "SUBSTANDARD";
    }
    return overdueDays > 0 ? "SPECIAL_MENTION" : "NORMAL";
  }
}
