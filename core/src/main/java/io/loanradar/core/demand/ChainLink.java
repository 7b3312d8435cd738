package io.loanradar.core.demand;

import io.loanradar.core.customer.EnterpriseId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A supply link of the enterprise to a core enterprise (核心企业) of the bank, from relations.
 *
 * @param partner the core enterprise
 * @param partnerName its name, for the evidence
 * @param supplier true when the enterprise supplies the partner, false when it buys from it
 * @param share the share of the supplier's sales on the link (0–1) where known
 * @param since the day the link is known from, empty when undated
 * @param receipts what the enterprise received from the partner, CNY yuan by booking day, as far as
 *     it was read (the detectors look only at days up to their as-of date); empty when not read
 */
public record ChainLink(
    EnterpriseId partner,
    String partnerName,
    boolean supplier,
    Optional<Double> share,
    Optional<LocalDate> since,
    NavigableMap<LocalDate, BigDecimal> receipts) {

  /** A link whose receipts were not read. */
  public ChainLink(
      EnterpriseId partner,
      String partnerName,
      boolean supplier,
      Optional<Double> share,
      Optional<LocalDate> since) {
    this(partner, partnerName, supplier, share, since, new TreeMap<>());
  }

  /**
   * @throws IllegalArgumentException when a part is missing
   */
  public ChainLink {
    if (partner == null
        || partnerName == null
        || share == null
        || since == null
        || receipts == null) {
      throw new IllegalArgumentException("a chain link needs a partner, a name and options");
    }
    receipts = Collections.unmodifiableNavigableMap(new TreeMap<>(receipts));
  }
}
