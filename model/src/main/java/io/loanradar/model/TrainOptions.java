package io.loanradar.model;

import io.loanradar.model.gbm.GbmLearner;
import io.loanradar.model.scorecard.ScorecardLearner;

/**
 * How to train: the learner and its settings, the share of rows held out for testing, and the seed
 * of every random choice.
 *
 * @param learner which learner
 * @param scorecard scorecard settings (used when the learner is the scorecard)
 * @param gbm gbm settings (used when the learner is gbm)
 * @param holdout share of rows held out (stratified, or the latest when a time column is given)
 * @param seed seed of the split
 */
public record TrainOptions(
    Learner learner, ScorecardLearner scorecard, GbmLearner gbm, double holdout, long seed) {

  public static TrainOptions defaults(Learner learner) {
    return new TrainOptions(learner, ScorecardLearner.DEFAULT, GbmLearner.defaults(42), 0.3, 42);
  }
}
