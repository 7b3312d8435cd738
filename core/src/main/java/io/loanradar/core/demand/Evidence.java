package io.loanradar.core.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One fact behind a trigger, dated and with its amount where it has one, in Chinese and English.
 *
 * @param code stable machine code, e.g. {@code EVENT_INVESTMENT_ANNOUNCEMENT}
 * @param on the day the fact is from (an event's day, the end of a flow window)
 * @param amount CNY yuan where the fact has an amount
 * @param zh the fact in Chinese
 * @param en the fact in English
 */
public record Evidence(
    String code, LocalDate on, Optional<BigDecimal> amount, String zh, String en) {

  /**
   * @throws IllegalArgumentException when a part is missing or a text holds {@code ;}, which
   *     separates facts in opportunities.csv
   */
  public Evidence {
    if (code == null || on == null || amount == null || zh == null || en == null) {
      throw new IllegalArgumentException("evidence needs a code, a date, and both texts");
    }
    if (zh.contains(";") || en.contains(";")) {
      throw new IllegalArgumentException("evidence must not contain ';': " + code);
    }
  }

  /**
   * Evidence whose texts may quote the data (names, lenders, ids, titles): a {@code ;} in them
   * becomes {@code ；} in Chinese and {@code ,} in English instead of failing the whole run.
   */
  static Evidence of(String code, LocalDate on, BigDecimal amount, String zh, String en) {
    return new Evidence(
        code, on, Optional.ofNullable(amount), zh.replace(';', '；'), en.replace(';', ','));
  }

  /** The fact in Chinese when {@code chinese}, else in English. */
  public String text(boolean chinese) {
    return chinese ? zh : en;
  }
}
