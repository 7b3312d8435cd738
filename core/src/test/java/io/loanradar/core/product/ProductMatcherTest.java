package io.loanradar.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loanradar.core.demand.Scenario;
import io.loanradar.core.finance.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductMatcherTest {

  static final ConcentrationLimits LIMITS =
      ConcentrationLimits.regulatory(new BigDecimal("1000000000"), new BigDecimal("800000000"));

  /** Understands the two expressions the catalogue below uses. */
  static final EligibilityRules RULES =
      (code, expression, vars) -> {
        if (expression.equals("grade in ['A','B']")) {
          return List.of("A", "B").contains(vars.get("grade"))
              ? new RuleOutcome.Passed()
              : new RuleOutcome.Failed();
        }
        return new RuleOutcome.Broken(code + ": 1:7: undeclared reference to 'x'");
      };

  static Product product(
      String code,
      List<Scenario> scenarios,
      long min,
      long max,
      String rule,
      double floor,
      String... excluded) {
    return new Product(
        code,
        "产品" + code,
        ProductType.WORKING_CAPITAL,
        Optional.of(Money.ofYuan(min)),
        Optional.of(Money.ofYuan(max)),
        Optional.of(3L),
        Optional.of(12L),
        Optional.of(BigDecimal.valueOf(floor)),
        Optional.of(BigDecimal.valueOf(0.08)),
        scenarios,
        Optional.ofNullable(rule),
        false,
        List.of(excluded));
  }

  static MatchRequest request(String grade, long amount, BigDecimal exposure) {
    return new MatchRequest(
        Scenario.SEASONAL_PURCHASE,
        BigDecimal.valueOf(amount),
        Optional.of("C3484"),
        Optional.ofNullable(grade),
        grade == null ? Map.of() : Map.of("grade", grade),
        exposure,
        exposure);
  }

  final List<Product> catalogue =
      List.of(
          product(
              "WC01",
              List.of(Scenario.SEASONAL_PURCHASE, Scenario.LIQUIDITY_NEED),
              100_000,
              30_000_000,
              "grade in ['A','B']",
              0.035),
          product("WC02", List.of(Scenario.SEASONAL_PURCHASE), 100_000, 1_000_000, null, 0.045),
          product("PJ01", List.of(Scenario.EXPANSION), 1_000_000, 500_000_000, null, 0.04),
          product(
              "GR01", List.of(Scenario.SEASONAL_PURCHASE), 100_000, 30_000_000, null, 0.03, "C34"),
          product("BAD1", List.of(Scenario.SEASONAL_PURCHASE), 100_000, 30_000_000, "x >", 0.03),
          product("BIG1", List.of(Scenario.SEASONAL_PURCHASE), 10_000_000, 90_000_000, null, 0.03));

  @Test
  void ranksEligibleProductsByFitAndSaysWhyTheOthersDoNotFit() {
    List<ProductFit> fits =
        new ProductMatcher(RULES, LIMITS)
            .match(request("A", 5_000_000, BigDecimal.ZERO), catalogue);

    assertThat(fits)
        .extracting(f -> f.product().code())
        .containsExactly("WC01", "WC02", "BAD1", "BIG1", "GR01", "PJ01");
    assertThat(fits.get(0).eligible()).isTrue();
    assertThat(fits.get(0).reasons())
        .extracting(FitReason::code)
        .contains("SCENARIO_SERVED", "AMOUNT_IN_RANGE", "TENOR_FITS", "GRADE", "PRICE");
    assertThat(fits.get(1).reasons()).extracting(FitReason::code).contains("AMOUNT_ABOVE_MAXIMUM");
    assertThat(fits.get(0).fit()).isGreaterThan(fits.get(1).fit());
    assertThat(reasonsOf(fits, "GR01")).containsExactly("INDUSTRY_EXCLUDED");
    assertThat(reasonsOf(fits, "PJ01")).containsExactly("SCENARIO_NOT_SERVED");
    assertThat(reasonsOf(fits, "BIG1")).containsExactly("AMOUNT_BELOW_MINIMUM");
    assertThat(reasonsOf(fits, "BAD1")).containsExactly("RULE_ERROR");
    assertThat(
            fits.stream()
                .filter(f -> f.product().code().equals("BAD1"))
                .findFirst()
                .orElseThrow()
                .reasons()
                .get(0)
                .en())
        .contains("1:7");
  }

  @Test
  void aFalseRuleExcludesTheProduct() {
    List<ProductFit> fits =
        new ProductMatcher(RULES, LIMITS)
            .match(request("C", 5_000_000, BigDecimal.ZERO), catalogue);
    assertThat(reasonsOf(fits, "WC01")).containsExactly("RULE_FALSE");
  }

  @Test
  void aRecommendationThatWouldBreachALimitIsFlaggedWithItsHeadroomNotDropped() {
    // 10% of capital is 100 m; 15% of tier-1 is 120 m: the borrower owes 98 m already
    List<ProductFit> fits =
        new ProductMatcher(RULES, LIMITS)
            .match(request("A", 5_000_000, new BigDecimal("98000000")), catalogue);
    ProductFit best = fits.get(0);
    assertThat(best.eligible()).isTrue();
    LimitCheck check = best.limit().orElseThrow();
    assertThat(check.breached()).containsExactly("SINGLE_BORROWER");
    assertThat(check.headroom()).isEqualByComparingTo("2000000");
    assertThat(check.largeExposure()).isTrue();
    assertThat(best.reasons()).extracting(FitReason::code).contains("LIMIT_BREACH");
  }

  @Test
  void limitsNeedPositiveCapital() {
    assertThatThrownBy(() -> ConcentrationLimits.regulatory(BigDecimal.ZERO, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loanradar.limits");
    LimitCheck group =
        LIMITS.check(BigDecimal.ZERO, new BigDecimal("159000000"), new BigDecimal("2000000"));
    assertThat(group.breached()).containsExactly("GROUP");
    assertThat(group.headroom()).isEqualByComparingTo("1000000");
  }

  private static List<String> reasonsOf(List<ProductFit> fits, String code) {
    return fits.stream()
        .filter(f -> f.product().code().equals(code))
        .findFirst()
        .orElseThrow()
        .reasons()
        .stream()
        .map(FitReason::code)
        .toList();
  }
}
