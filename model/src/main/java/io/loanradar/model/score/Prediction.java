package io.loanradar.model.score;

import java.util.List;

/**
 * A model's answer for one row.
 *
 * @param probability probability of bad, in [0, 1]
 * @param score points score (higher = safer), from the model's scaling
 * @param reasons the characteristics that pushed the row toward bad the most, largest first
 */
public record Prediction(double probability, double score, List<Reason> reasons) {

  public Prediction {
    reasons = List.copyOf(reasons);
  }
}
