package io.loanradar.core.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in CNY yuan with at most two fraction digits (分).
 *
 * @param yuan the amount; scale is normalised to 2
 */
public record Money(BigDecimal yuan) implements Comparable<Money> {

  /** Zero yuan. */
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  /**
   * @throws IllegalArgumentException when null or with more than two fraction digits
   */
  public Money {
    if (yuan == null) {
      throw new IllegalArgumentException("amount is null");
    }
    if (yuan.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("more than 2 fraction digits: " + yuan.toPlainString());
    }
    yuan = yuan.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** Money from a yuan amount, rounding half-up to the fen. */
  public static Money ofYuan(BigDecimal amount) {
    return new Money(amount.setScale(2, RoundingMode.HALF_UP));
  }

  /** Money from whole yuan. */
  public static Money ofYuan(long amount) {
    return new Money(BigDecimal.valueOf(amount));
  }

  /** Sum of this and another amount. */
  public Money plus(Money other) {
    return new Money(yuan.add(other.yuan));
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return yuan.signum() < 0;
  }

  /** The amount in 万元 (ten thousand yuan), rounded half-up to two digits. */
  public BigDecimal inWan() {
    return yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
  }

  @Override
  public int compareTo(Money other) {
    return yuan.compareTo(other.yuan);
  }

  @Override
  public String toString() {
    return yuan.toPlainString();
  }
}
