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

/**
 * Size, ratios and growth from the financial statements known on the as-of date: stock items from
 * the latest statement, flow items summed over the latest trailing year.
 */
final class StatementFeatures {

  private static final double DAYS_PER_YEAR = 365;

  private final Optional<FinancialStatement> latest;
  private final Optional<TrailingYear> year;

  private StatementFeatures(List<FinancialStatement> known) {
    this.latest =
        known.stream()
            .max(
                Comparator.comparing(FinancialStatement::periodEnd)
                    .thenComparing(FinancialStatement::periodType, Comparator.reverseOrder()));
    this.year = TrailingYear.latest(known);
  }

  static void compute(List<FinancialStatement> known, FeatureValues out) {
    StatementFeatures s = new StatementFeatures(known);
    s.sizeAndRatios(out);
    s.growthFeatures(known, out);
  }

  private void sizeAndRatios(FeatureValues out) {
    OptionalDouble revenue = flow(FinancialStatement::revenue);
    OptionalDouble cost = flow(FinancialStatement::operatingCost);
    OptionalDouble profit = flow(FinancialStatement::netProfit);
    OptionalDouble assets = stock(FinancialStatement::totalAssets);
    OptionalDouble currentLiabilities = stock(FinancialStatement::currentLiabilities);
    out.put(FeatureNames.REVENUE_12M, revenue);
    out.put(FeatureNames.TOTAL_ASSETS, assets);
    out.put(FeatureNames.DEBT_RATIO, ratio(stock(FinancialStatement::totalLiabilities), assets));
    out.put(
        FeatureNames.CURRENT_RATIO,
        ratio(stock(FinancialStatement::currentAssets), currentLiabilities));
    out.put(FeatureNames.ROA, ratio(profit, assets));
    out.put(FeatureNames.GROSS_MARGIN, ratio(difference(revenue, cost), revenue));
    out.put(FeatureNames.NET_MARGIN, ratio(profit, revenue));
    out.put(
        FeatureNames.CASH_FLOW_COVERAGE,
        ratio(flow(FinancialStatement::operatingCashFlow), currentLiabilities));
    out.put(
        FeatureNames.RECEIVABLE_DAYS,
        days(ratio(stock(FinancialStatement::accountsReceivable), revenue)));
    out.put(FeatureNames.INVENTORY_DAYS, days(ratio(stock(FinancialStatement::inventory), cost)));
  }

  private void growthFeatures(List<FinancialStatement> known, FeatureValues out) {
    year.flatMap(y -> y.yearBefore(known))
        .ifPresent(
            before -> {
              out.put(
                  FeatureNames.REVENUE_YOY,
                  growth(
                      flow(FinancialStatement::revenue), before.sum(FinancialStatement::revenue)));
              out.put(
                  FeatureNames.PROFIT_YOY,
                  growth(
                      flow(FinancialStatement::netProfit),
                      before.sum(FinancialStatement::netProfit)));
            });
  }

  private OptionalDouble stock(Function<FinancialStatement, Optional<Money>> item) {
    return latest
        .flatMap(item)
        .map(m -> OptionalDouble.of(m.yuan().doubleValue()))
        .orElse(OptionalDouble.empty());
  }

  private OptionalDouble flow(Function<FinancialStatement, Optional<Money>> item) {
    return year.map(y -> y.sum(item)).orElse(OptionalDouble.empty());
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
