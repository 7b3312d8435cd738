package io.loanradar.core.feature;

import static io.loanradar.core.feature.Snapshots.balance;
import static io.loanradar.core.feature.Snapshots.flow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.loanradar.core.flow.Direction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FlowFeaturesTest {

  private static Snapshots monthlyInflows(String asOf, String firstMonth, long... amounts) {
    Snapshots s = new Snapshots(LocalDate.parse(asOf));
    YearMonth month = YearMonth.parse(firstMonth);
    for (long amount : amounts) {
      s.flows.add(flow(month.atDay(1).toString(), Direction.IN, amount));
      s.flows.add(flow(month.atDay(10).toString(), Direction.OUT, 40));
      month = month.plusMonths(1);
    }
    return s;
  }

  private static long[] repeat(long amount, int times) {
    long[] values = new long[times];
    java.util.Arrays.fill(values, amount);
    return values;
  }

  @Test
  void sumsCalendarMonthsEndingWithThePartAsOfMonth() {
    Snapshots s = monthlyInflows("2025-06-15", "2024-07", repeat(100, 12));
    s.flows.add(flow("2025-06-20", Direction.IN, 1000));

    Features f = s.features();

    assertThat(f.get("inflow_3m")).hasValue(300);
    assertThat(f.get("outflow_3m")).hasValue(120);
    assertThat(f.get("net_flow_3m")).hasValue(180);
    assertThat(f.get("inflow_6m")).hasValue(600);
    assertThat(f.get("inflow_12m")).hasValue(1200);
    assertThat(f.get(FeatureNames.INFLOW_TREND)).hasValue(0);
    assertThat(f.get(FeatureNames.INFLOW_VOLATILITY)).hasValue(0);
  }

  @Test
  void leavesWindowsLongerThanTheFlowHistoryMissing() {
    Features f = monthlyInflows("2025-06-15", "2025-03", repeat(100, 4)).features();

    assertThat(f.get("inflow_3m")).hasValue(300);
    assertThat(f.get("inflow_6m")).isEmpty();
    assertThat(f.get("inflow_12m")).isEmpty();
    assertThat(f.get(FeatureNames.INFLOW_TREND)).isEmpty();
    assertThat(f.get(FeatureNames.PEAK_MONTH)).isEmpty();
  }

  @Test
  void measuresTrendAsSlopeOverMeanAndVolatilityAsCoefficientOfVariation() {
    long[] rising = new long[12];
    for (int i = 0; i < 12; i++) {
      rising[i] = 100L * (i + 1);
    }
    Features f = monthlyInflows("2025-06-30", "2024-07", rising).features();

    assertThat(f.get(FeatureNames.INFLOW_TREND).getAsDouble())
        .isCloseTo(100.0 / 650, within(1e-12));
    assertThat(f.get(FeatureNames.INFLOW_VOLATILITY).getAsDouble())
        .isCloseTo(Math.sqrt(143.0 / 12) * 100 / 650, within(1e-12));
  }

  @Test
  void findsTheSeasonalPeakMonthAndItsAmplitude() {
    long[] amounts = new long[24];
    YearMonth month = YearMonth.of(2023, 7);
    for (int i = 0; i < 24; i++) {
      amounts[i] = month.plusMonths(i).getMonthValue() == 12 ? 400 : 100;
    }
    Features f = monthlyInflows("2025-06-30", "2023-07", amounts).features();

    assertThat(f.get(FeatureNames.PEAK_MONTH)).hasValue(12);
    assertThat(f.get(FeatureNames.SEASONAL_AMPLITUDE).getAsDouble()).isCloseTo(3.2, within(1e-12));
  }

  @Test
  void takesTheLowestSumOfCarriedClosingBalancesOverNinetyDays() {
    Snapshots s = new Snapshots(LocalDate.parse("2025-06-30"));
    s.balances.add(balance("A", "2025-01-01", 1000));
    s.balances.add(balance("A", "2025-05-01", 200));
    s.balances.add(balance("B", "2025-04-15", 500));
    s.balances.add(balance("B", "2025-05-10", 50));
    s.balances.add(balance("B", "2025-07-01", -9999));

    assertThat(s.features().get(FeatureNames.MIN_BALANCE_90D)).hasValue(250);
  }

  @Test
  void carriesABalanceWithoutMovementsIntoTheWindow() {
    Snapshots s = new Snapshots(LocalDate.parse("2025-06-30"));
    s.balances.add(balance("A", "2024-01-01", 777));

    assertThat(s.features().get(FeatureNames.MIN_BALANCE_90D)).hasValue(777);
  }

  @Test
  void countsRecentDaysWhoseLargestOutflowExceedsThreeTimesTheMedianDay() {
    Snapshots s = new Snapshots(LocalDate.parse("2025-06-30"));
    for (int i = 0; i < 12; i++) {
      s.flows.add(
          flow(YearMonth.of(2024, 7).plusMonths(i).atDay(1).toString(), Direction.OUT, 100));
    }
    s.flows.add(flow("2025-01-15", Direction.OUT, 1000, 800));
    s.flows.add(flow("2025-05-15", Direction.OUT, 1000, 800));
    s.flows.add(flow("2025-05-20", Direction.OUT, 500, 250));
    s.flows.add(flow("2025-07-02", Direction.OUT, 9000, 9000));

    assertThat(s.features().get(FeatureNames.LARGE_OUTFLOW_COUNT_90D)).hasValue(1);
  }

  @Test
  void measuresTheTopThreeCounterpartiesShare() {
    Snapshots s = new Snapshots(LocalDate.parse("2025-06-30"));
    s.counterparties.add(new Counterparty("甲", Direction.OUT, BigDecimal.valueOf(50)));
    s.counterparties.add(new Counterparty("乙", Direction.OUT, BigDecimal.valueOf(30)));
    s.counterparties.add(new Counterparty("丙", Direction.OUT, BigDecimal.valueOf(10)));
    s.counterparties.add(new Counterparty("丁", Direction.OUT, BigDecimal.valueOf(10)));
    s.counterparties.add(new Counterparty("戊", Direction.IN, BigDecimal.valueOf(100)));

    Features f = s.features();

    assertThat(f.get(FeatureNames.SUPPLIER_CONCENTRATION).getAsDouble())
        .isCloseTo(0.9, within(1e-12));
    assertThat(f.get(FeatureNames.BUYER_CONCENTRATION)).hasValue(1.0);
  }

  @Test
  void leavesFlowFeaturesMissingWithoutFlows() {
    Features f = new Snapshots(LocalDate.parse("2025-06-30")).features();

    assertThat(f.get("inflow_3m")).isEmpty();
    assertThat(f.get(FeatureNames.MIN_BALANCE_90D)).isEmpty();
    assertThat(f.get(FeatureNames.LARGE_OUTFLOW_COUNT_90D)).isEmpty();
    assertThat(f.get(FeatureNames.SUPPLIER_CONCENTRATION)).isEmpty();
  }
}
