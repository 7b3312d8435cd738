package io.loanradar.model;

import java.util.Locale;

/** The learners of the model lab. */
public enum Learner {
  /** Binned WOE logistic regression with a points table. */
  SCORECARD,
  /** Gradient-boosted trees (XGBoost). */
  GBM;

  /** The name used on the command line and in model.json. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Learner of(String id) {
    for (Learner l : values()) {
      if (l.id().equalsIgnoreCase(id)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown learner '" + id + "'; use scorecard or gbm");
  }
}
