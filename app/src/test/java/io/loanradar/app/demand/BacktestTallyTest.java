package io.loanradar.app.demand;

import static org.assertj.core.api.Assertions.assertThat;

import io.loanradar.core.demand.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BacktestTallyTest {

  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate TO = LocalDate.of(2026, 9, 30);
  static final LocalDate OUTCOMES_UNTIL = LocalDate.of(2026, 9, 30);

  @Test
  void precisionJudgesOnlyEpisodesWhoseOutcomeCouldHaveHappened() {
    BacktestTally tally = new BacktestTally();
    // found its story and its loan
    tally.detected("E1", Scenario.REFINANCE, LocalDate.of(2026, 2, 1));
    // found nothing, with time to: a miss
    tally.detected("E2", Scenario.REFINANCE, LocalDate.of(2026, 3, 1));
    // begun 31 days before the outcomes end: its loan could still come
    tally.detected("E3", Scenario.REFINANCE, LocalDate.of(2026, 8, 30));
    // begun late but already on a story: found for recall, not judged for precision
    tally.detected("E4", Scenario.REFINANCE, LocalDate.of(2026, 9, 1));
    List<BacktestTally.Story> stories =
        List.of(
            new BacktestTally.Story(
                "E1", Scenario.REFINANCE, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 15)),
            new BacktestTally.Story(
                "E4", Scenario.REFINANCE, LocalDate.of(2026, 9, 5), LocalDate.of(2026, 9, 25)));
    List<BacktestTally.StartedLoan> loans =
        List.of(
            new BacktestTally.StartedLoan(
                "E1", LocalDate.of(2026, 3, 15), Set.of(Scenario.REFINANCE)));

    Map<Scenario, BacktestTally.Figures> figures =
        tally.figures(FROM, TO, stories, loans, OUTCOMES_UNTIL);

    BacktestTally.Figures f = figures.get(Scenario.REFINANCE);
    assertThat(f.episodes()).isEqualTo(4);
    assertThat(f.judged()).isEqualTo(2);
    assertThat(f.found()).isEqualTo(2);
    assertThat(f.recall()).isEqualTo(1.0);
    assertThat(f.episodesOnStory()).isEqualTo(1);
    assertThat(f.precision()).isEqualTo(0.5);
    assertThat(f.loanPrecision()).isEqualTo(0.5);
    assertThat(f.medianLoanLead()).isEqualTo(42.0);

    // with outcomes known for longer every episode is judged
    BacktestTally.Figures later =
        tally
            .figures(FROM, TO, stories, loans, OUTCOMES_UNTIL.plusDays(BacktestTally.HORIZON_DAYS))
            .get(Scenario.REFINANCE);
    assertThat(later.judged()).isEqualTo(4);
    assertThat(later.precision()).isEqualTo(0.5);
    assertThat(figures.get(Scenario.EXPANSION).precision()).isNaN();
  }

  @Test
  void recallLeavesOutStoriesBegunBeforeTheWindow() {
    BacktestTally tally = new BacktestTally();
    tally.detected("E1", Scenario.DIGITAL_INTENT, LocalDate.of(2026, 2, 1));
    tally.detected("E3", Scenario.DIGITAL_INTENT, LocalDate.of(2026, 1, 3));
    List<BacktestTally.Story> stories =
        List.of(
            // begun and found in the window
            new BacktestTally.Story(
                "E1", Scenario.DIGITAL_INTENT, LocalDate.of(2026, 1, 28), LocalDate.of(2026, 3, 1)),
            // begun in the window, never found: a miss
            new BacktestTally.Story(
                "E2", Scenario.DIGITAL_INTENT, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)),
            // its online steps came in November, before the replay's first step: not a miss,
            // and not a hit either, though a later episode of the firm covers its need date
            new BacktestTally.Story(
                "E3",
                Scenario.DIGITAL_INTENT,
                LocalDate.of(2025, 11, 20),
                LocalDate.of(2026, 2, 1)),
            new BacktestTally.Story(
                "E4",
                Scenario.DIGITAL_INTENT,
                LocalDate.of(2025, 12, 20),
                LocalDate.of(2026, 3, 1)),
            // need before the window: not counted at all
            new BacktestTally.Story(
                "E5",
                Scenario.DIGITAL_INTENT,
                LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 12, 1)));

    BacktestTally.Figures f =
        tally.figures(FROM, TO, stories, List.of(), OUTCOMES_UNTIL).get(Scenario.DIGITAL_INTENT);

    assertThat(f.stories()).isEqualTo(2);
    assertThat(f.begunBefore()).isEqualTo(2);
    assertThat(f.found()).isEqualTo(1);
    assertThat(f.recall()).isEqualTo(0.5);
    assertThat(f.medianLead()).isEqualTo(28.0);
    assertThat(f.episodesOnStory()).as("precision still credits the episode on E3").isEqualTo(2);
  }

  @Test
  void anEpisodeIsJudgedFromTheHorizonBeforeTheOutcomesEnd() {
    LocalDate last = OUTCOMES_UNTIL.minusDays(BacktestTally.HORIZON_DAYS);
    assertThat(
            BacktestTally.judgeable(
                new BacktestTally.Episode("E1", Scenario.REFINANCE, last, last), OUTCOMES_UNTIL))
        .isTrue();
    assertThat(
            BacktestTally.judgeable(
                new BacktestTally.Episode(
                    "E1", Scenario.REFINANCE, last.plusDays(1), last.plusDays(1)),
                OUTCOMES_UNTIL))
        .isFalse();
  }
}
