package io.loanradar.core.feature;

import static io.loanradar.core.feature.FeatureValues.growth;
import static io.loanradar.core.feature.FeatureValues.ratio;

import io.loanradar.core.finance.FinancialStatement;
import io.loanradar.core.finance.Money;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/** Size, ratios and growth from the financial statements known on the as-of date. */
final class StatementFeatures {

  private static final double DAYS_PER_YEAR = 365;

  private StatementFeatures() {}

  static void compute(List<FinancialStatement> known, FeatureValues out) {
    Optional<FinancialStatement> latest =
        known.stream()
            .max(
                Comparator.comparing(FinancialStatement::periodEnd)
                    .thenComparing(FinancialStatement::periodType, Comparator.reverseOrder()));
    Optional<TrailingYear> year = TrailingYear.latest(known);
    Function<Function<FinancialStatement, Optional<Money>>, OptionalDouble> stock =
        item ->
            latest
                .flatMap(item)
                .map(StatementFeatures::yuan)
                .map(OptionalDouble::of)
                .orElse(OptionalDouble.empty());
    Function<Function<FinancialStatement, Optional<Money>>, OptionalDouble> flow =
        item -> year.map(y -> y.sum(item)).orElse(OptionalDouble.empty());

    OptionalDouble revenue = flow.apply(FinancialStatement::revenue);
    OptionalDouble cost = flow.apply(FinancialStatement::operatingCost);
    OptionalDouble profit = flow.apply(FinancialStatement::netProfit);
    OptionalDouble assets = stock.apply(FinancialStatement::totalAssets);
    out.put(FeatureNames.REVENUE_12M, revenue);
    out.put(FeatureNames.TOTAL_ASSETS, assets);
    out.put(
        FeatureNames.DEBT_RATIO, ratio(stock.apply(FinancialStatement::totalLiabilities), assets));
    OptionalDouble currentLiabilities = stock.apply(FinancialStatement::currentLiabilities);
    out.put(
        FeatureNames.CURRENT_RATIO,
        ratio(stock.apply(FinancialStatement::currentAssets), currentLiabilities));
    out.put(FeatureNames.ROA, ratio(profit, assets));
    out.put(FeatureNames.GROSS_MARGIN, ratio(difference(revenue, cost), revenue));
    out.put(FeatureNames.NET_MARGIN, ratio(profit, revenue));
    out.put(
        FeatureNames.CASH_FLOW_COVERAGE,
        ratio(flow.apply(FinancialStatement::operatingCashFlow), currentLiabilities));
    out.put(
        FeatureNames.RECEIVABLE_DAYS,
        days(ratio(stock.apply(FinancialStatement::accountsReceivable), revenue)));
    out.put(
        FeatureNames.INVENTORY_DAYS, days(ratio(stock.apply(FinancialStatement::inventory), cost)));
    year.flatMap(y -> y.yearBefore(known))
        .ifPresent(
            before -> {
              out.put(
                  FeatureNames.REVENUE_YOY,
                  growth(revenue, before.sum(FinancialStatement::revenue)));
              out.put(
                  FeatureNames.PROFIT_YOY,
                  growth(profit, before.sum(FinancialStatement::netProfit)));
            });
  }

  private static double yuan(Money money) {
    return money.yuan().doubleValue();
  }

  private static OptionalDouble difference(OptionalDouble a, OptionalDouble b) {
    return a.isPresent() && b.isPresent()
        ? OptionalDouble.of(a.getAsDouble() - b.getAsDouble())
        : OptionalDouble.empty();
  }

  private static OptionalDouble days(OptionalDouble ratio) {
    return ratio.isPresent()
        ? OptionalDouble.of(ratio.getAsDouble() * DAYS_PER_YEAR)
        : OptionalDouble.empty();
  }
}
