package io.loanradar.core.feature;

import static io.loanradar.core.feature.Snapshots.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.loanradar.core.finance.PeriodType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementFeaturesTest {

  private static Snapshots twoYears(String asOf) {
    Snapshots s = new Snapshots(LocalDate.parse(asOf));
    s.statements.add(
        statement("2023-12-31", PeriodType.Y, 100_000_000, 80_000_000, 10_000_000, 180_000_000));
    s.statements.add(
        statement("2024-12-31", PeriodType.Y, 120_000_000, 90_000_000, 12_000_000, 200_000_000));
    return s;
  }

  @Test
  void computesSizeRatiosAndGrowthFromTheLatestKnownYear() {
    Features f = twoYears("2025-06-30").features();

    assertThat(f.get(FeatureNames.REVENUE_12M)).hasValue(120_000_000);
    assertThat(f.get(FeatureNames.TOTAL_ASSETS)).hasValue(200_000_000);
    assertThat(f.get(FeatureNames.DEBT_RATIO).getAsDouble()).isCloseTo(0.6, within(1e-12));
    assertThat(f.get(FeatureNames.CURRENT_RATIO).getAsDouble()).isCloseTo(2.0, within(1e-12));
    assertThat(f.get(FeatureNames.ROA).getAsDouble()).isCloseTo(0.06, within(1e-12));
    assertThat(f.get(FeatureNames.GROSS_MARGIN).getAsDouble()).isCloseTo(0.25, within(1e-12));
    assertThat(f.get(FeatureNames.NET_MARGIN).getAsDouble()).isCloseTo(0.1, within(1e-12));
    assertThat(f.get(FeatureNames.CASH_FLOW_COVERAGE).getAsDouble()).isCloseTo(0.48, within(1e-12));
    assertThat(f.get(FeatureNames.RECEIVABLE_DAYS).getAsDouble())
        .isCloseTo(40.0 / 120 * 365, within(1e-9));
    assertThat(f.get(FeatureNames.INVENTORY_DAYS).getAsDouble())
        .isCloseTo(20.0 / 90 * 365, within(1e-9));
    assertThat(f.get(FeatureNames.REVENUE_YOY).getAsDouble()).isCloseTo(0.2, within(1e-12));
    assertThat(f.get(FeatureNames.PROFIT_YOY).getAsDouble()).isCloseTo(0.2, within(1e-12));
  }

  @ParameterizedTest
  @CsvSource({"2025-03-30, 100000000", "2025-03-31, 120000000"})
  void ignoresAStatementUntilNinetyDaysAfterItsPeriodEnd(String asOf, double revenue) {
    assertThat(twoYears(asOf).features().get(FeatureNames.REVENUE_12M)).hasValue(revenue);
  }

  @Test
  void growthIsMissingWithoutTheYearBefore() {
    Features f = twoYears("2025-03-30").features();

    assertThat(f.get(FeatureNames.REVENUE_YOY)).isEmpty();
    assertThat(f.get(FeatureNames.PROFIT_YOY)).isEmpty();
  }

  @Test
  void sumsFourQuartersWhenTheyEndLaterThanTheLatestYear() {
    Snapshots s = twoYears("2025-06-30");
    s.statements.add(statement("2024-06-30", PeriodType.Q, 30_000_000, 1, 1, 1));
    s.statements.add(statement("2024-09-30", PeriodType.Q, 30_000_000, 1, 1, 1));
    s.statements.add(statement("2024-12-31", PeriodType.Q, 30_000_000, 1, 1, 1));
    s.statements.add(statement("2025-03-31", PeriodType.Q, 40_000_000, 1, 1, 300_000_000));

    Features f = s.features();

    assertThat(f.get(FeatureNames.REVENUE_12M)).hasValue(130_000_000);
    assertThat(f.get(FeatureNames.TOTAL_ASSETS)).hasValue(300_000_000);
  }

  @Test
  void fallsBackToTheYearWhenAQuarterIsMissing() {
    Snapshots s = twoYears("2025-06-30");
    s.statements.add(statement("2024-09-30", PeriodType.Q, 30_000_000, 1, 1, 1));
    s.statements.add(statement("2024-12-31", PeriodType.Q, 30_000_000, 1, 1, 1));
    s.statements.add(statement("2025-03-31", PeriodType.Q, 40_000_000, 1, 1, 300_000_000));

    assertThat(s.features().get(FeatureNames.REVENUE_12M)).hasValue(120_000_000);
  }

  @Test
  void leavesEveryStatementFeatureMissingWithoutStatements() {
    Features f = new Snapshots(LocalDate.parse("2025-06-30")).features();

    assertThat(f.get(FeatureNames.REVENUE_12M)).isEmpty();
    assertThat(f.get(FeatureNames.DEBT_RATIO)).isEmpty();
    assertThat(f.get(FeatureNames.REVENUE_YOY)).isEmpty();
    assertThat(f.get(FeatureNames.REGISTERED_CAPITAL)).hasValue(10_000_000);
    assertThat(f.get(FeatureNames.EMPLOYEES)).hasValue(120);
  }
}
