package io.loanradar.core.feature;

import io.loanradar.core.flow.Direction;
import java.math.BigDecimal;

/**
 * What an enterprise paid to ({@code OUT}) or received from ({@code IN}) one counterparty over the
 * twelve months up to the as-of date. For supplier concentration the caller passes the outflows of
 * supplier payments ({@code SUPPLIER_PAYMENT}); for buyer concentration the inflows of sales
 * receipts.
 *
 * @param name the counterparty's name
 * @param direction in or out
 * @param total CNY yuan, not negative
 */
public record Counterparty(String name, Direction direction, BigDecimal total) {

  /**
   * @throws IllegalArgumentException when a part is missing or the total is negative
   */
  public Counterparty {
    if (name == null || direction == null || total == null) {
      throw new IllegalArgumentException("a counterparty needs a name, a direction and a total");
    }
    if (total.signum() < 0) {
      throw new IllegalArgumentException("counterparty total is negative: " + name + " " + total);
    }
  }
}
