package io.loanradar.core.scorecard;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How well scores separate customers that went bad from those that did not. Higher scores are meant
 * for better customers, so a perfect scorecard has AUC 1 and KS 1.
 */
public final class ScorecardValidation {

  /**
   * One scored customer and what became of it.
   *
   * @param score the score given (any scale; higher = better)
   * @param bad whether the bad outcome happened (e.g. 90+ days overdue within 12 months)
   */
  public record Outcome(double score, boolean bad) {}

  /**
   * One graded customer and what became of it.
   *
   * @param grade the grade given
   * @param bad whether the bad outcome happened
   */
  public record GradedOutcome(Grade grade, boolean bad) {}

  /**
   * The customers of one grade.
   *
   * @param grade the grade
   * @param count how many customers had it
   * @param bad how many of them went bad
   */
  public record GradeBadRate(Grade grade, long count, long bad) {

    /** {@code bad / count}. */
    public double rate() {
      return (double) bad / count;
    }
  }

  private ScorecardValidation() {}

  /**
   * Area under the ROC curve: the chance that a random good customer scores above a random bad one,
   * ties counting half (Mann-Whitney U with mid ranks).
   *
   * @return empty when there are no good or no bad customers
   */
  public static OptionalDouble auc(List<Outcome> outcomes) {
    long bads = outcomes.stream().filter(Outcome::bad).count();
    long goods = outcomes.size() - bads;
    if (bads == 0 || goods == 0) {
      return OptionalDouble.empty();
    }
    List<Outcome> sorted =
        outcomes.stream().sorted(Comparator.comparingDouble(Outcome::score)).toList();
    double goodRankSum = 0;
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j < sorted.size() && sorted.get(j).score() == sorted.get(i).score()) {
        j++;
      }
      double midRank = (i + 1 + j) / 2.0;
      for (int k = i; k < j; k++) {
        goodRankSum += sorted.get(k).bad() ? 0 : midRank;
      }
      i = j;
    }
    double u = goodRankSum - goods * (goods + 1) / 2.0;
    return OptionalDouble.of(u / ((double) goods * bads));
  }

  /**
   * Kolmogorov-Smirnov statistic: the largest gap between the cumulative shares of bad and good
   * customers at or below a score, over every score given.
   *
   * @return empty when there are no good or no bad customers
   */
  public static OptionalDouble ks(List<Outcome> outcomes) {
    long bads = outcomes.stream().filter(Outcome::bad).count();
    long goods = outcomes.size() - bads;
    if (bads == 0 || goods == 0) {
      return OptionalDouble.empty();
    }
    List<Outcome> sorted =
        outcomes.stream().sorted(Comparator.comparingDouble(Outcome::score)).toList();
    double best = 0;
    long badSoFar = 0;
    long goodSoFar = 0;
    for (int i = 0; i < sorted.size(); i++) {
      if (sorted.get(i).bad()) {
        badSoFar++;
      } else {
        goodSoFar++;
      }
      boolean lastOfScore =
          i + 1 == sorted.size() || sorted.get(i + 1).score() != sorted.get(i).score();
      if (lastOfScore) {
        best = Math.max(best, Math.abs((double) badSoFar / bads - (double) goodSoFar / goods));
      }
    }
    return OptionalDouble.of(best);
  }

  /** The count, bad count and bad rate of each grade that occurs, in grade order. */
  public static Map<Grade, GradeBadRate> badRateByGrade(List<GradedOutcome> outcomes) {
    Map<Grade, GradeBadRate> rates = new EnumMap<>(Grade.class);
    for (GradedOutcome o : outcomes) {
      GradeBadRate old = rates.getOrDefault(o.grade(), new GradeBadRate(o.grade(), 0, 0));
      rates.put(
          o.grade(), new GradeBadRate(o.grade(), old.count() + 1, old.bad() + (o.bad() ? 1 : 0)));
    }
    return Collections.unmodifiableMap(rates);
  }
}
