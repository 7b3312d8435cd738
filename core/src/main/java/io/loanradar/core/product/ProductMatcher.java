package io.loanradar.core.product;

import io.loanradar.core.demand.Scenario;
import io.loanradar.core.finance.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * 产品匹配 — judges every catalogue product for one need and ranks the eligible ones by fit.
 *
 * <p>A product is not eligible when it does not serve the scenario, excludes the customer's
 * industry, lends no less than more than the need (its minimum above the amount), or its
 * eligibility expression is false or broken. Fit (0–100): serving the scenario 40; amount within
 * the range 20 (above the maximum: 5, it covers part); the scenario's usual tenor within the range
 * 15; grade A 15, B 10, C or unscored 5; price up to 10 (a rate floor of 3% or less earns all 10,
 * 8% or more none); collateral required −5. Every eligible product is checked against the
 * concentration limits and flagged, never dropped.
 */
public final class ProductMatcher {

  private final EligibilityRules rules;
  private final ConcentrationLimits limits;

  /** A matcher evaluating expressions with {@code rules} and checking {@code limits}. */
  public ProductMatcher(EligibilityRules rules, ConcentrationLimits limits) {
    this.rules = rules;
    this.limits = limits;
  }

  /** The usual tenor of a scenario's loan, months. */
  public static int usualTenorMonths(Scenario scenario) {
    return switch (scenario) {
      case SEASONAL_PURCHASE, SUPPLY_CHAIN -> 6;
      case LIQUIDITY_NEED, DIGITAL_INTENT, REFINANCE -> 12;
      case EXPANSION, EQUIPMENT_UPGRADE -> 36;
    };
  }

  /** Every product judged, eligible ones first by fit (best first), then the others by code. */
  public List<ProductFit> match(MatchRequest request, List<Product> catalogue) {
    List<ProductFit> out = new ArrayList<>();
    for (Product p : catalogue) {
      out.add(judge(request, p));
    }
    out.sort(
        Comparator.comparing((ProductFit f) -> !f.eligible())
            .thenComparing(f -> -f.fit())
            .thenComparing(f -> f.product().code()));
    return out;
  }

  private ProductFit judge(MatchRequest r, Product p) {
    List<FitReason> against = new ArrayList<>();
    if (!p.scenarios().contains(r.scenario())) {
      against.add(
          new FitReason(
              "SCENARIO_NOT_SERVED",
              p.name() + "不服务于" + r.scenario() + "场景",
              p.code() + " does not serve " + r.scenario()));
    }
    Optional<String> excluded =
        r.industry()
            .flatMap(i -> p.industriesExcluded().stream().filter(i::startsWith).findFirst());
    excluded.ifPresent(
        x ->
            against.add(
                new FitReason(
                    "INDUSTRY_EXCLUDED",
                    p.name() + "不准入行业" + x,
                    p.code() + " excludes industry " + x)));
    if (p.minAmount().map(Money::yuan).filter(min -> min.compareTo(r.amount()) > 0).isPresent()) {
      against.add(
          new FitReason(
              "AMOUNT_BELOW_MINIMUM",
              p.name() + "起贷金额" + p.minAmount().orElseThrow() + "元高于需求" + r.amount() + "元",
              p.code()
                  + " lends at least CNY "
                  + p.minAmount().orElseThrow()
                  + ", above the need of CNY "
                  + r.amount()));
    }
    if (p.eligibility().filter(e -> !e.isBlank()).isPresent()) {
      RuleOutcome outcome = rules.evaluate(p.code(), p.eligibility().orElseThrow(), r.variables());
      if (outcome instanceof RuleOutcome.Failed) {
        against.add(
            new FitReason(
                "RULE_FALSE",
                p.name() + "准入条件不满足：" + p.eligibility().orElseThrow(),
                p.code() + " eligibility is false: " + p.eligibility().orElseThrow()));
      } else if (outcome instanceof RuleOutcome.Broken broken) {
        against.add(
            new FitReason(
                "RULE_ERROR",
                p.name() + "准入条件无法计算：" + broken.message(),
                p.code() + " eligibility could not be evaluated: " + broken.message()));
      }
    }
    if (!against.isEmpty()) {
      return new ProductFit(p, false, 0, against, Optional.empty());
    }
    return eligible(r, p);
  }

  private ProductFit eligible(MatchRequest r, Product p) {
    List<FitReason> why = new ArrayList<>();
    double fit = 40;
    why.add(
        new FitReason("SCENARIO_SERVED", "适用于" + r.scenario() + "场景", "serves " + r.scenario()));
    boolean aboveMax =
        p.maxAmount().map(Money::yuan).filter(max -> max.compareTo(r.amount()) < 0).isPresent();
    if (aboveMax) {
      fit += 5;
      why.add(
          new FitReason(
              "AMOUNT_ABOVE_MAXIMUM",
              "最高" + p.maxAmount().orElseThrow() + "元，只能满足部分需求",
              "lends at most CNY " + p.maxAmount().orElseThrow() + ", part of the need"));
    } else {
      fit += 20;
      why.add(new FitReason("AMOUNT_IN_RANGE", "金额在产品额度范围内", "amount within the product's range"));
    }
    int tenor = usualTenorMonths(r.scenario());
    boolean tenorFits =
        p.minTenorMonths().map(m -> m <= tenor).orElse(true)
            && p.maxTenorMonths().map(m -> m >= tenor).orElse(true);
    if (tenorFits) {
      fit += 15;
      why.add(
          new FitReason("TENOR_FITS", "期限可覆盖" + tenor + "个月", "tenor covers " + tenor + " months"));
    }
    String grade = r.grade().orElse("");
    fit += grade.equals("A") ? 15 : grade.equals("B") ? 10 : 5;
    if (!grade.isEmpty()) {
      why.add(new FitReason("GRADE", "客户评级" + grade, "customer grade " + grade));
    }
    if (p.rateFloor().isPresent()) {
      double floor = p.rateFloor().orElseThrow().doubleValue();
      double price = 10 * Math.max(0, Math.min(1, (0.08 - floor) / 0.05));
      fit += price;
      String pct = String.format(Locale.ROOT, "%.2f%%", floor * 100);
      why.add(new FitReason("PRICE", "利率下限" + pct, "rate floor " + pct));
    }
    if (p.collateralRequired()) {
      fit -= 5;
      why.add(new FitReason("COLLATERAL", "需要抵押担保", "collateral required"));
    }
    BigDecimal lend = aboveMax ? p.maxAmount().orElseThrow().yuan() : r.amount();
    LimitCheck check = limits.check(r.borrowerExposure(), r.groupExposure(), lend);
    if (check.breaches()) {
      why.add(
          new FitReason(
              "LIMIT_BREACH",
              "将突破集中度限额" + check.breached() + "，剩余额度" + check.headroom() + "元",
              "would breach " + check.breached() + ", headroom CNY " + check.headroom()));
    } else if (check.largeExposure()) {
      why.add(new FitReason("LARGE_EXPOSURE", "将构成大额风险暴露", "would be a large exposure"));
    }
    return new ProductFit(p, true, fit, why, Optional.of(check));
  }
}
