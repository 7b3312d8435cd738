package io.loanradar.core.demand;

import io.loanradar.core.customer.EnterpriseId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A supply link of the enterprise to a core enterprise (核心企业) of the bank, from relations.
 *
 * @param partner the core enterprise
 * @param partnerName its name, for the evidence
 * @param supplier true when the enterprise supplies the partner, false when it buys from it
 * @param share the share of the supplier's sales on the link (0–1) where known
 * @param since the day the link is known from, empty when undated
 */
public record ChainLink(
    EnterpriseId partner,
    String partnerName,
    boolean supplier,
    Optional<Double> share,
    Optional<LocalDate> since) {

  /**
   * @throws IllegalArgumentException when a part is missing
   */
  public ChainLink {
    if (partner == null || partnerName == null || share == null || since == null) {
      throw new IllegalArgumentException("a chain link needs a partner, a name and options");
    }
  }
}
