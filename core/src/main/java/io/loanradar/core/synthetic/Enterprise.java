package io.loanradar.core.synthetic;

import java.time.LocalDate;

/**
 * One generated customer's fixed profile.
 *
 * @param index position in the run, 0-based
 * @param revenue yearly revenue before story effects, fen
 * @param debtRatio liabilities over assets in normal times
 * @param margin net profit over revenue in normal times
 * @param accounts number of accounts at the bank, 1–3
 * @param payday day of month salaries are paid
 */
record Enterprise(
    int index,
    String id,
    String name,
    String uscc,
    Industry industry,
    Region region,
    Size size,
    long revenue,
    int employees,
    long registeredCapital,
    LocalDate established,
    String branchId,
    String rmId,
    LocalDate relationshipSince,
    boolean listed,
    double debtRatio,
    double margin,
    int accounts,
    int payday) {

  /** Size class after the MIIT small-and-medium enterprise thresholds, roughly. */
  enum Size {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE
  }

  static String idOf(int index) {
    return "E" + pad(index + 1, 7);
  }

  String account(int k) {
    return "6" + pad(index + 1, 9) + branchId.substring(2) + (k + 1);
  }

  boolean bigger() {
    return size == Size.MEDIUM || size == Size.LARGE;
  }

  static String pad(long value, int width) {
    String s = Long.toString(value);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }
}
