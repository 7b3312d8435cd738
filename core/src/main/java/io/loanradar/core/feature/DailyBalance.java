package io.loanradar.core.feature;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The lowest and closing balance of one account on a day with movements, as kept in the store's
 * {@code balance_daily} table. On days without a row the account kept its last closing balance.
 *
 * @param accountId the account
 * @param day the day
 * @param minBalance lowest balance during the day, CNY yuan, may be negative
 * @param closeBalance balance at the end of the day, CNY yuan, may be negative
 */
public record DailyBalance(
    String accountId, LocalDate day, BigDecimal minBalance, BigDecimal closeBalance) {

  /**
   * @throws IllegalArgumentException when a part is missing
   */
  public DailyBalance {
    if (accountId == null || day == null || minBalance == null || closeBalance == null) {
      throw new IllegalArgumentException("a daily balance needs account, day and balances");
    }
  }
}
