package io.loanradar.core.feature;

import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One day's account flows of an enterprise in one direction and for one purpose, as kept in the
 * store's {@code flow_daily} table.
 *
 * @param day the booking day
 * @param direction in or out
 * @param purpose what the flows were for
 * @param total sum of the amounts, CNY yuan, not negative
 * @param count number of transactions
 * @param maxAmount largest single amount, CNY yuan
 */
public record DailyFlow(
    LocalDate day,
    Direction direction,
    Purpose purpose,
    BigDecimal total,
    long count,
    BigDecimal maxAmount) {

  /**
   * @throws IllegalArgumentException when a part is missing or an amount is negative
   */
  public DailyFlow {
    if (day == null || direction == null || purpose == null || total == null || maxAmount == null) {
      throw new IllegalArgumentException("a daily flow needs day, direction, purpose and amounts");
    }
    if (total.signum() < 0 || maxAmount.signum() < 0 || count < 0) {
      throw new IllegalArgumentException(
          "daily flow amounts and count must not be negative: " + day + " " + total);
    }
  }
}
