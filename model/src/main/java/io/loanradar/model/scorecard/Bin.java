package io.loanradar.model.scorecard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * One bin of a characteristic with its training counts and weight of evidence.
 *
 * <p>WOE = ln(%bad / %good), where %bad is the bin's share of all bads and %good its share of all
 * goods: a positive WOE means riskier than average. A bin with no bads or no goods counts 0.5 of
 * each so that its WOE stays finite. IV part = (%bad − %good) × WOE.
 *
 * @param kind what the bin holds
 * @param lower exclusive lower edge of a range, {@code null} for −∞
 * @param upper inclusive upper edge of a range, {@code null} for +∞
 * @param categories the categories of a categorical bin, or the special values of a special bin
 * @param goods training goods in the bin
 * @param bads training bads in the bin
 * @param woe weight of evidence
 * @param iv this bin's part of the information value
 */
public record Bin(
    Kind kind,
    Double lower,
    Double upper,
    List<String> categories,
    int goods,
    int bads,
    double woe,
    double iv) {

  /** What a bin holds. */
  public enum Kind {
    RANGE,
    CATEGORIES,
    MISSING,
    SPECIAL
  }

  public Bin {
    categories = categories == null ? List.of() : List.copyOf(categories);
  }

  /** A bin with its WOE and IV part computed from the totals. */
  static Bin of(
      Kind kind,
      Double lower,
      Double upper,
      List<String> categories,
      int goods,
      int bads,
      int totalGoods,
      int totalBads) {
    double w = woe(bads, goods, totalBads, totalGoods);
    double b = (bads == 0 || goods == 0 ? bads + 0.5 : bads) / (double) totalBads;
    double g = (bads == 0 || goods == 0 ? goods + 0.5 : goods) / (double) totalGoods;
    return new Bin(kind, lower, upper, categories, goods, bads, w, (b - g) * w);
  }

  /** ln(%bad / %good), with 0.5 added to both counts when either is zero. */
  public static double woe(int bads, int goods, int totalBads, int totalGoods) {
    double b = bads;
    double g = goods;
    if (bads == 0 || goods == 0) {
      b += 0.5;
      g += 0.5;
    }
    return Math.log((b / totalBads) / (g / totalGoods));
  }

  public int count() {
    return goods + bads;
  }

  public double badRate() {
    return count() == 0 ? 0 : (double) bads / count();
  }

  /** True when a number falls in this range bin. */
  boolean holds(double x) {
    return kind == Kind.RANGE && (lower == null || x > lower) && (upper == null || x <= upper);
  }

  /** A label a person reads: {@code (12.5, 24]}, {@code A11, A12}, 缺失 missing. */
  public String label() {
    switch (kind) {
      case RANGE:
        return "("
            + (lower == null ? "-∞" : number(lower))
            + ", "
            + (upper == null ? "+∞)" : number(upper) + "]");
      case CATEGORIES:
        return String.join(", ", categories);
      case MISSING:
        return "缺失 missing";
      case SPECIAL:
        return "特殊值 special: " + String.join(", ", categories);
      default:
        throw new IllegalStateException("unknown bin kind " + kind);
    }
  }

  static String number(double v) {
    return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
