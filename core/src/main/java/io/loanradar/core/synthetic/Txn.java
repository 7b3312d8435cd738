package io.loanradar.core.synthetic;

import java.time.LocalDate;

/**
 * One account movement before it gets its id and running balance.
 *
 * @param minute minute of the day it was booked
 * @param amount fen, positive
 */
record Txn(
    LocalDate day,
    int minute,
    int account,
    boolean in,
    long amount,
    String purpose,
    String counterparty,
    String counterpartyAccount,
    String counterpartyId,
    String channel) {

  long key() {
    return day.toEpochDay() * 1440 + minute;
  }
}
