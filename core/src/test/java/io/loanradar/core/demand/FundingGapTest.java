package io.loanradar.core.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FundingGapTest {

  static final LocalDate AS_OF = LocalDate.of(2025, 9, 15);

  @Test
  void sizesWorkingCapitalWithTheRegulatorsFormulaAndNamesTheDefaults() {
    Story s = Story.steady(LocalDate.of(2024, 1, 1), AS_OF);
    s.year(2023, 80_000_000, 4_000_000, 1_000_000).year(2024, 100_000_000, 5_000_000, 1_000_000);
    s.loan("L1", AS_OF.minusMonths(3), AS_OF.plusMonths(9), 0, AS_OF.minusDays(1));

    WorkingCapitalNeed wc =
        WorkingCapitalNeed.of(s.snapshot(AS_OF), WorkingCapitalNeed.Defaults.standard())
            .orElseThrow();

    assertThat(wc.periodEnd()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(wc.margin()).isCloseTo(0.05, within(1e-9));
    assertThat(wc.growth()).isCloseTo(0.25, within(1e-9));
    // inventory 45 days + receivables 45 days − payables 30 days (default)
    assertThat(wc.turnoverDays()).isCloseTo(60, within(1e-9));
    assertThat(wc.need()).isEqualByComparingTo("19791666.67");
    assertThat(wc.ownFunds()).isEqualByComparingTo("10000000");
    assertThat(wc.existingLoans()).isEqualByComparingTo("5000000");
    assertThat(wc.gap()).isEqualByComparingTo("4791666.67");
    assertThat(wc.defaultsUsed())
        .contains("payable_days=30.0", "prepaid_days=0.0", "advance_days=0.0", "other_channels=0")
        .noneMatch(d -> d.startsWith("growth"));
  }

  @Test
  void aYearStatementNotYetPublishedIsNotUsed() {
    Story s = Story.steady(LocalDate.of(2024, 1, 1), AS_OF);
    s.year(2024, 100_000_000, 5_000_000, 1_000_000);
    assertThat(
            WorkingCapitalNeed.of(
                s.snapshot(LocalDate.of(2025, 3, 30)), WorkingCapitalNeed.Defaults.standard()))
        .isEmpty();
    assertThat(
            WorkingCapitalNeed.of(s.snapshot(AS_OF), WorkingCapitalNeed.Defaults.standard())
                .orElseThrow()
                .defaultsUsed())
        .contains("growth=0.1");
  }

  @Test
  void forecastsNextQuarterFromTheSameMonthsLastYearShiftedByTheRecentLevel() {
    Story s = Story.steady(LocalDate.of(2024, 1, 1), AS_OF);
    // last October receipts stopped: the same month should be forecast short again
    for (LocalDate d = LocalDate.of(2024, 10, 1); d.getMonthValue() == 10; d = d.plusDays(1)) {
      s.flow(d, Direction.OUT, Purpose.SUPPLIER_PAYMENT, 200_000);
    }
    s.flow(LocalDate.of(2024, 10, 5), Direction.IN, Purpose.LOAN_DRAWDOWN, 9_000_000);

    FlowForecast f = FlowForecast.of(s.snapshot(AS_OF));

    assertThat(f.method()).isEqualTo("SEASONAL");
    assertThat(f.months().keySet())
        .containsExactly(YearMonth.of(2025, 10), YearMonth.of(2025, 11), YearMonth.of(2025, 12));
    // October 2024: 31 × (100k − 80k − 200k) − 300k salaries; the drawdown is left out
    assertThat(f.months().get(YearMonth.of(2025, 10))).isEqualByComparingTo("-5880000");
    assertThat(f.months().get(YearMonth.of(2025, 11))).isEqualByComparingTo("300000");
    assertThat(f.balance()).isEqualByComparingTo("2000000");
    assertThat(f.shortfall()).isEqualByComparingTo("3880000");
    assertThat(f.shortfallFrom()).contains(LocalDate.of(2025, 10, 1));
  }

  @Test
  void shortHistoryFallsBackToTheRecentAverage() {
    Story s = Story.steady(LocalDate.of(2025, 3, 10), AS_OF);
    FlowForecast f = FlowForecast.of(s.snapshot(AS_OF));
    assertThat(f.method()).isEqualTo("RECENT_AVERAGE");
    assertThat(f.shortfall()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(FlowForecast.of(Story.steady(AS_OF.minusDays(40), AS_OF).snapshot(AS_OF)).method())
        .isEqualTo("NONE");
  }

  @Test
  void priorityRisesWithGradeAmountAndUrgency() {
    assertThat(Priority.of(Optional.of("A"), new BigDecimal("20000000"), AS_OF, AS_OF.plusDays(10)))
        .isEqualTo(1);
    assertThat(Priority.of(Optional.empty(), new BigDecimal("50000"), AS_OF, AS_OF.plusDays(120)))
        .isEqualTo(5);
    assertThat(Priority.of(Optional.of("B"), new BigDecimal("2000000"), AS_OF, AS_OF.plusDays(45)))
        .isEqualTo(3);
  }

  @Test
  void stagesMoveForwardOneAtATimeOrToLost() {
    OpportunityStage.NEW.requireMoveTo(OpportunityStage.CONTACTED);
    OpportunityStage.APPLIED.requireMoveTo(OpportunityStage.LOST);
    assertThatThrownBy(() -> OpportunityStage.NEW.requireMoveTo(OpportunityStage.APPROVED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NEW")
        .hasMessageContaining("APPROVED");
    assertThatThrownBy(() -> OpportunityStage.LOST.requireMoveTo(OpportunityStage.CONTACTED))
        .isInstanceOf(IllegalStateException.class);
    assertThat(OpportunityStage.DISBURSED.open()).isFalse();
  }
}
