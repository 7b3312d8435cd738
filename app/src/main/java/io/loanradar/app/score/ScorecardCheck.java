package io.loanradar.app.score;

import io.loanradar.core.scorecard.Grade;
import io.loanradar.core.scorecard.ScorecardValidation;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Is the expert scorecard any good? Scores the enterprises that had a loan here on the as-of date
 * and checks how the score ranks what happened next: default, write-off or 90+ days overdue within
 * the horizon, from the loans' status history.
 */
@Service
public class ScorecardCheck {

  private final Scoring scoring;
  private final LoanOutcomes loanOutcomes;

  ScorecardCheck(Scoring scoring, LoanOutcomes outcomes) {
    this.scoring = scoring;
    this.loanOutcomes = outcomes;
  }

  /**
   * The outcome of a check.
   *
   * @param asOf as-of date of the scores
   * @param horizonMonths months after it in which a bad outcome counts
   * @param borrowers enterprises with a loan here on the as-of date (and no bad loan yet)
   * @param bads of which went bad within the horizon
   * @param auc chance a good borrower scores above a bad one
   * @param ks largest gap between the score distributions of goods and bads
   * @param byGrade bad rate per grade
   */
  public record Result(
      LocalDate asOf,
      int horizonMonths,
      int borrowers,
      long bads,
      OptionalDouble auc,
      OptionalDouble ks,
      Map<Grade, ScorecardValidation.GradeBadRate> byGrade) {}

  /** Checks the scorecard as of a date over a horizon of months. */
  public Result check(LocalDate asOf, int horizonMonths) throws SQLException {
    LocalDate end = asOf.plusMonths(horizonMonths);
    Set<String> borrowers = loanOutcomes.borrowers(asOf);
    Set<String> bad = loanOutcomes.wentBad(asOf, end);
    List<Scoring.Scored> scored =
        scoring.compute(asOf).scored().stream()
            .filter(s -> borrowers.contains(s.enterpriseId().value()))
            .toList();
    List<ScorecardValidation.Outcome> outcomes =
        scored.stream()
            .map(
                s ->
                    new ScorecardValidation.Outcome(
                        s.score().total(), bad.contains(s.enterpriseId().value())))
            .toList();
    List<ScorecardValidation.GradedOutcome> graded =
        scored.stream()
            .map(
                s ->
                    new ScorecardValidation.GradedOutcome(
                        s.score().grade(), bad.contains(s.enterpriseId().value())))
            .toList();
    return new Result(
        asOf,
        horizonMonths,
        scored.size(),
        outcomes.stream().filter(ScorecardValidation.Outcome::bad).count(),
        ScorecardValidation.auc(outcomes),
        ScorecardValidation.ks(outcomes),
        ScorecardValidation.badRateByGrade(graded));
  }
}
