package io.loanradar.core.feature;

import io.loanradar.core.flow.Direction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Balances, large outflows and counterparty concentration. */
final class CashFeatures {

  private static final int RECENT_DAYS = 90;
  private static final double LARGE_MULTIPLE = 3;
  private static final int TOP = 3;

  private CashFeatures() {}

  static void compute(Known known, FeatureValues out) {
    LocalDate recentStart = known.asOf().minusDays(RECENT_DAYS - 1L);
    minBalance(known.balances(), recentStart, out);
    largeOutflows(known.asOf(), known.flows(), recentStart, out);
    out.put(
        FeatureNames.SUPPLIER_CONCENTRATION, concentration(known.counterparties(), Direction.OUT));
    out.put(FeatureNames.BUYER_CONCENTRATION, concentration(known.counterparties(), Direction.IN));
  }

  private static void minBalance(List<DailyBalance> balances, LocalDate start, FeatureValues out) {
    Map<LocalDate, List<DailyBalance>> byDay = new TreeMap<>();
    balances.forEach(b -> byDay.computeIfAbsent(b.day(), d -> new ArrayList<>()).add(b));
    Map<String, BigDecimal> close = new HashMap<>();
    BigDecimal lowest = null;
    for (Map.Entry<LocalDate, List<DailyBalance>> day : byDay.entrySet()) {
      if (day.getKey().isAfter(start) && lowest == null && !close.isEmpty()) {
        lowest = total(close);
      }
      day.getValue().forEach(b -> close.put(b.accountId(), b.closeBalance()));
      if (!day.getKey().isBefore(start)) {
        BigDecimal now = total(close);
        lowest = lowest == null ? now : lowest.min(now);
      }
    }
    if (lowest == null && !close.isEmpty()) {
      lowest = total(close);
    }
    if (lowest != null) {
      out.put(FeatureNames.MIN_BALANCE_90D, lowest.doubleValue());
    }
  }

  private static BigDecimal total(Map<String, BigDecimal> close) {
    return close.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static void largeOutflows(
      LocalDate asOf, List<DailyFlow> flows, LocalDate recentStart, FeatureValues out) {
    LocalDate yearStart = YearMonth.from(asOf).minusMonths(11).atDay(1);
    Map<LocalDate, Double> dailyTotal = new HashMap<>();
    Map<LocalDate, Double> dailyMax = new HashMap<>();
    for (DailyFlow f : flows) {
      if (f.direction() == Direction.OUT && !f.day().isBefore(yearStart)) {
        dailyTotal.merge(f.day(), f.total().doubleValue(), Double::sum);
        dailyMax.merge(f.day(), f.maxAmount().doubleValue(), Math::max);
      }
    }
    if (dailyTotal.isEmpty()) {
      return;
    }
    double threshold =
        LARGE_MULTIPLE
            * Stats.median(dailyTotal.values().stream().mapToDouble(Double::doubleValue).toArray());
    long count =
        dailyMax.entrySet().stream()
            .filter(e -> !e.getKey().isBefore(recentStart) && e.getValue() > threshold)
            .count();
    out.put(FeatureNames.LARGE_OUTFLOW_COUNT_90D, count);
  }

  private static OptionalDouble concentration(
      List<Counterparty> counterparties, Direction direction) {
    Map<String, Double> byName = new TreeMap<>();
    counterparties.stream()
        .filter(c -> c.direction() == direction)
        .forEach(c -> byName.merge(c.name(), c.total().doubleValue(), Double::sum));
    double total = byName.values().stream().mapToDouble(Double::doubleValue).sum();
    if (total == 0) {
      return OptionalDouble.empty();
    }
    double top =
        byName.values().stream()
            .sorted(Comparator.reverseOrder())
            .limit(TOP)
            .mapToDouble(Double::doubleValue)
            .sum();
    return OptionalDouble.of(top / total);
  }
}
