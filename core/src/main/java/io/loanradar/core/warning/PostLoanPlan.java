package io.loanradar.core.warning;

/**
 * 贷后管理方案 — what to do with a debtor of a risk grade, and how often.
 *
 * @param grade the risk grade 1–5
 * @param actionsZh the actions, in Chinese
 * @param actionsEn the actions, in English
 * @param reviewEveryDays days between reviews
 */
public record PostLoanPlan(int grade, String actionsZh, String actionsEn, int reviewEveryDays) {

  /**
   * @throws IllegalArgumentException when the grade is outside 1–5, an action text is blank or the
   *     review interval is not positive
   */
  public PostLoanPlan {
    if (grade < 1 || grade > 5) {
      throw new IllegalArgumentException("post-loan plan grade must be 1-5: " + grade);
    }
    if (actionsZh == null || actionsZh.isBlank() || actionsEn == null || actionsEn.isBlank()) {
      throw new IllegalArgumentException("post-loan plan for grade " + grade + " has no actions");
    }
    if (reviewEveryDays <= 0) {
      throw new IllegalArgumentException(
          "post-loan plan for grade " + grade + ": review interval must be positive");
    }
  }
}
