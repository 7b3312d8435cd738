package io.loanradar.core.product;

import java.util.List;
import java.util.Optional;

/**
 * One product judged for one need.
 *
 * @param product the product
 * @param eligible whether it may be recommended
 * @param fit 0–100, higher fits better; 0 when not eligible
 * @param reasons why it fits (eligible) or why not (not eligible), most important first
 * @param limit the concentration check of lending the amount, empty when not eligible
 */
public record ProductFit(
    Product product,
    boolean eligible,
    double fit,
    List<FitReason> reasons,
    Optional<LimitCheck> limit) {

  /** Copies the list. */
  public ProductFit {
    reasons = List.copyOf(reasons);
  }
}
