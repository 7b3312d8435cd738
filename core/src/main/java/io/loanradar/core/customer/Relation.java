package io.loanradar.core.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A link from one party to another. A party is an enterprise id, or an outside party's name
 * prefixed {@code ext:}.
 *
 * @param from the party the link starts at (e.g. the guarantor, the supplier)
 * @param to the party it points to
 * @param type the kind of link
 * @param weight strength 0–1
 * @param since start date
 */
public record Relation(
    String from,
    String to,
    RelationType type,
    Optional<BigDecimal> weight,
    Optional<LocalDate> since) {

  /** Prefix of an outside party. */
  public static final String EXTERNAL_PREFIX = "ext:";

  /** Checks the required parts. */
  public Relation {
    if (from == null || to == null || type == null || from.equals(to)) {
      throw new IllegalArgumentException("a relation needs two distinct parties and a type");
    }
  }

  /** Whether a party name denotes an outside party rather than a customer. */
  public static boolean isExternal(String party) {
    return party.startsWith(EXTERNAL_PREFIX);
  }
}
