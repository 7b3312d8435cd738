package io.loanradar.core.feature;

import io.loanradar.core.flow.Direction;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Flow sums, trend, volatility and seasonality over calendar months ending with the as-of month,
 * which counts up to the as-of date.
 */
final class FlowFeatures {

  private static final int YEAR = 12;

  private FlowFeatures() {}

  static void compute(LocalDate asOf, List<DailyFlow> flows, FeatureValues out) {
    if (flows.isEmpty()) {
      return;
    }
    YearMonth last = YearMonth.from(asOf);
    YearMonth first =
        flows.stream()
            .map(f -> YearMonth.from(f.day()))
            .min(Comparator.naturalOrder())
            .orElseThrow();
    Map<YearMonth, Double> in = monthly(flows, Direction.IN);
    Map<YearMonth, Double> outflows = monthly(flows, Direction.OUT);
    for (int months : FeatureNames.FLOW_WINDOWS_MONTHS) {
      YearMonth start = last.minusMonths(months - 1L);
      if (first.isAfter(start)) {
        continue;
      }
      double inflow = sum(in, start, last);
      double outflow = sum(outflows, start, last);
      out.put(FeatureNames.flow("inflow", months), inflow);
      out.put(FeatureNames.flow("outflow", months), outflow);
      out.put(FeatureNames.flow("net_flow", months), inflow - outflow);
    }
    YearMonth yearStart = last.minusMonths(YEAR - 1L);
    if (!first.isAfter(yearStart)) {
      trendAndVolatility(series(in, yearStart, last), out);
      seasonality(series(in, first, last), first, out);
    }
  }

  private static Map<YearMonth, Double> monthly(List<DailyFlow> flows, Direction direction) {
    Map<YearMonth, Double> sums = new HashMap<>();
    for (DailyFlow f : flows) {
      if (f.direction() == direction) {
        sums.merge(YearMonth.from(f.day()), f.total().doubleValue(), Double::sum);
      }
    }
    return sums;
  }

  private static double sum(Map<YearMonth, Double> monthly, YearMonth from, YearMonth to) {
    double total = 0;
    for (double value : series(monthly, from, to)) {
      total += value;
    }
    return total;
  }

  private static double[] series(Map<YearMonth, Double> monthly, YearMonth from, YearMonth to) {
    int n = (int) from.until(to, ChronoUnit.MONTHS) + 1;
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = monthly.getOrDefault(from.plusMonths(i), 0.0);
    }
    return values;
  }

  private static void trendAndVolatility(double[] months, FeatureValues out) {
    double mean = Stats.mean(months);
    if (mean == 0) {
      return;
    }
    out.put(FeatureNames.INFLOW_TREND, Stats.slope(months) / mean);
    out.put(FeatureNames.INFLOW_VOLATILITY, Stats.standardDeviation(months) / mean);
  }

  private static void seasonality(double[] months, YearMonth first, FeatureValues out) {
    double[] sums = new double[YEAR];
    int[] counts = new int[YEAR];
    for (int i = 0; i < months.length; i++) {
      int calendar = first.plusMonths(i).getMonthValue() - 1;
      sums[calendar] += months[i];
      counts[calendar]++;
    }
    double[] averages = new double[YEAR];
    int peak = 0;
    for (int m = 0; m < YEAR; m++) {
      averages[m] = sums[m] / counts[m];
      if (averages[m] > averages[peak]) {
        peak = m;
      }
    }
    double overall = Stats.mean(averages);
    if (overall == 0) {
      return;
    }
    out.put(FeatureNames.PEAK_MONTH, peak + 1);
    out.put(FeatureNames.SEASONAL_AMPLITUDE, averages[peak] / overall);
  }
}
