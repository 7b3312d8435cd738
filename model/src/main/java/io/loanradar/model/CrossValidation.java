package io.loanradar.model;

import io.loanradar.model.metrics.Discrimination;
import java.util.List;

/**
 * Held-out results of a k-fold cross-validation.
 *
 * @param folds one result per fold
 */
public record CrossValidation(List<Discrimination> folds) {

  public CrossValidation {
    folds = List.copyOf(folds);
  }

  public double meanAuc() {
    return folds.stream().mapToDouble(Discrimination::auc).average().orElse(Double.NaN);
  }

  public double meanKs() {
    return folds.stream().mapToDouble(Discrimination::ks).average().orElse(Double.NaN);
  }

  /** Sample standard deviation of the fold AUCs. */
  public double sdAuc() {
    double mean = meanAuc();
    double ss = folds.stream().mapToDouble(d -> (d.auc() - mean) * (d.auc() - mean)).sum();
    return Math.sqrt(ss / Math.max(1, folds.size() - 1));
  }
}
