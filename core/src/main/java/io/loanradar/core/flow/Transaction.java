package io.loanradar.core.flow;

import io.loanradar.core.customer.EnterpriseId;
import io.loanradar.core.finance.Money;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * 交易流水 — one account flow.
 *
 * @param txnId unique id
 * @param enterpriseId the customer whose account it is
 * @param accountId the account
 * @param bookedAt booking time, Asia/Shanghai local
 * @param amount amount in the row's currency, positive
 * @param direction in or out
 * @param counterpartyName 对手方名称
 * @param counterpartyAccount 对手方账号
 * @param counterpartyEnterpriseId the counterparty when it is a customer
 * @param purpose 用途
 * @param channel 渠道
 * @param balanceAfter balance after booking (may be negative)
 * @param currency ISO 4217, CNY by default
 * @param fxRate rate to CNY for other currencies
 */
public record Transaction(
    String txnId,
    EnterpriseId enterpriseId,
    String accountId,
    LocalDateTime bookedAt,
    Money amount,
    Direction direction,
    Optional<String> counterpartyName,
    Optional<String> counterpartyAccount,
    Optional<EnterpriseId> counterpartyEnterpriseId,
    Optional<Purpose> purpose,
    Optional<String> channel,
    Optional<Money> balanceAfter,
    String currency,
    Optional<BigDecimal> fxRate) {

  /** Checks the required parts. */
  public Transaction {
    if (txnId == null || enterpriseId == null || bookedAt == null || amount == null) {
      throw new IllegalArgumentException("a transaction needs id, enterprise, time and amount");
    }
    if (amount.yuan().signum() <= 0) {
      throw new IllegalArgumentException("a transaction amount must be positive: " + amount);
    }
  }

  /** The amount in CNY yuan. */
  public Money amountCny() {
    return fxRate.map(r -> Money.ofYuan(amount.yuan().multiply(r))).orElse(amount);
  }
}
