package io.loanradar.core.contract;

/**
 * One broken rule of a row: which column, the offending value as read, and why.
 *
 * @param column the contract column name, or {@code *} for a rule over several columns
 * @param value the raw cell text (may be empty, never null)
 * @param reasonZh the reason in Chinese
 * @param reasonEn the reason in English
 */
public record Violation(String column, String value, String reasonZh, String reasonEn) {

  /** Creates a violation; null values become empty text. */
  public Violation {
    column = column == null ? "*" : column;
    value = value == null ? "" : value;
    if (reasonZh == null || reasonEn == null) {
      throw new IllegalArgumentException("a violation needs both reasons");
    }
  }

  static Violation of(String column, String value, Problem problem) {
    return new Violation(column, value, problem.zh(), problem.en());
  }

  /** The reason in both languages, Chinese first. */
  public String reason() {
    return reasonZh + " / " + reasonEn;
  }
}
