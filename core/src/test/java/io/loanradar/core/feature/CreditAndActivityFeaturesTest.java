package io.loanradar.core.feature;

import static io.loanradar.core.feature.Snapshots.event;
import static io.loanradar.core.feature.Snapshots.line;
import static io.loanradar.core.feature.Snapshots.loan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.loanradar.core.credit.FiveCategory;
import io.loanradar.core.credit.LoanStatus;
import io.loanradar.core.event.EventType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreditAndActivityFeaturesTest {

  private static final LocalDate AS_OF = LocalDate.parse("2025-06-30");

  @Test
  void readsOnlyTheLatestBureauReportKnownOnTheAsOfDate() {
    Snapshots s = new Snapshots(AS_OF);
    s.credit.add(line("2024-12-31", "F1", 1000, 900, 900, 200, FiveCategory.LOSS));
    s.credit.add(line("2025-03-31", "F1", 1000, 600, 0, 0, FiveCategory.NORMAL));
    s.credit.add(line("2025-03-31", "F2", 1000, 200, 50, 35, FiveCategory.SPECIAL_MENTION));
    s.credit.add(line("2025-09-30", "F1", 1000, 1000, 1000, 400, FiveCategory.LOSS));

    Features f = s.features();

    assertThat(f.get(FeatureNames.OVERDUE_AMOUNT)).hasValue(50);
    assertThat(f.get(FeatureNames.MAX_OVERDUE_DAYS)).hasValue(35);
    assertThat(f.get(FeatureNames.WORST_FIVE_CATEGORY)).hasValue(1);
    assertThat(f.get(FeatureNames.UTILISATION).getAsDouble()).isCloseTo(0.4, within(1e-12));
    assertThat(f.get(FeatureNames.OTHER_BANK_EXPOSURE)).hasValue(800);
  }

  @Test
  void countsALoanObservedAfterTheAsOfDateAsActiveAndCurrent() {
    Snapshots s = new Snapshots(AS_OF);
    s.loans.add(
        loan(
            "L1", "2024-01-01", "2025-08-01", LoanStatus.DEFAULTED, 120, FiveCategory.SUBSTANDARD));
    s.loans.add(loan("L2", "2025-07-01", "2025-07-01", LoanStatus.ACTIVE, 0, FiveCategory.NORMAL));

    Features f = s.features();

    assertThat(f.get(FeatureNames.MAX_OVERDUE_DAYS)).hasValue(0);
    assertThat(f.get(FeatureNames.OVERDUE_AMOUNT)).hasValue(0);
    assertThat(f.get(FeatureNames.WORST_FIVE_CATEGORY)).hasValue(0);
    assertThat(f.get(FeatureNames.UTILISATION)).isEmpty();
  }

  @Test
  void usesTheLatestObservedStatusOfALoanAndCountsItsWholeBalanceOverdue() {
    Snapshots s = new Snapshots(AS_OF);
    s.loans.add(loan("L1", "2024-01-01", "2025-01-01", LoanStatus.ACTIVE, 0, FiveCategory.NORMAL));
    s.loans.add(
        loan("L1", "2024-01-01", "2025-05-01", LoanStatus.ACTIVE, 95, FiveCategory.SUBSTANDARD));
    s.loans.add(
        loan("L1", "2024-01-01", "2025-08-01", LoanStatus.WRITTEN_OFF, 400, FiveCategory.LOSS));

    Features f = s.features();

    assertThat(f.get(FeatureNames.MAX_OVERDUE_DAYS)).hasValue(95);
    assertThat(f.get(FeatureNames.OVERDUE_AMOUNT)).hasValue(4_000_000);
    assertThat(f.get(FeatureNames.WORST_FIVE_CATEGORY)).hasValue(2);
  }

  @Test
  void leavesCreditFeaturesMissingWithoutReportOrLoan() {
    Features f = new Snapshots(AS_OF).features();

    assertThat(f.get(FeatureNames.MAX_OVERDUE_DAYS)).isEmpty();
    assertThat(f.get(FeatureNames.WORST_FIVE_CATEGORY)).isEmpty();
    assertThat(f.get(FeatureNames.OTHER_BANK_EXPOSURE)).isEmpty();
  }

  @Test
  void countsEventsPerTypeInEachWindowAndSumsRecentSentiment() {
    Snapshots s = new Snapshots(AS_OF);
    s.events.add(event("e1", "2025-06-30", EventType.LITIGATION, -0.2));
    s.events.add(event("e2", "2025-05-01", EventType.LITIGATION, -0.2));
    s.events.add(event("e3", "2024-08-01", EventType.LITIGATION, -0.2));
    s.events.add(event("e4", "2024-06-01", EventType.LITIGATION, -0.2));
    s.events.add(event("e5", "2025-07-01", EventType.LITIGATION, -0.9));
    s.events.add(event("e6", "2025-06-01", EventType.NEGATIVE_NEWS, -0.8));
    s.events.add(event("e7", "2025-04-10", EventType.POSITIVE_NEWS, 0.5));

    Features f = s.features();

    assertThat(f.get("events_LITIGATION_30d")).hasValue(1);
    assertThat(f.get("events_LITIGATION_90d")).hasValue(2);
    assertThat(f.get("events_LITIGATION_365d")).hasValue(3);
    assertThat(f.get("events_PENALTY_365d")).hasValue(0);
    assertThat(f.get(FeatureNames.NET_SENTIMENT_90D).getAsDouble()).isCloseTo(-0.7, within(1e-12));
  }

  @Test
  void comparesTheLastTwelveEndedTaxMonthsWithTheTwelveBefore() {
    Snapshots s = new Snapshots(LocalDate.parse("2025-06-15"));
    YearMonth first = YearMonth.of(2023, 6);
    for (int i = 0; i < 24; i++) {
      s.tax.add(Snapshots.tax(first.plusMonths(i), i < 12 ? 100 : 125));
    }
    s.tax.add(Snapshots.tax(YearMonth.of(2025, 6), 99_999));

    assertThat(s.features().get(FeatureNames.INVOICED_SALES_YOY).getAsDouble())
        .isCloseTo(0.25, within(1e-12));
    s.tax.remove(0);
    assertThat(s.features().get(FeatureNames.INVOICED_SALES_YOY)).isEmpty();
  }

  @Test
  void measuresRelationshipYearsUpToTheAsOfDate() {
    Snapshots s = new Snapshots(AS_OF);

    assertThat(s.features().get(FeatureNames.RELATIONSHIP_YEARS).getAsDouble())
        .isCloseTo(7.5, within(0.01));
    s.enterprise = Snapshots.enterprise(Optional.of(LocalDate.parse("2025-07-01")));
    assertThat(s.features().get(FeatureNames.RELATIONSHIP_YEARS)).isEmpty();
  }
}
