package io.loanradar.core.synthetic;

import java.time.LocalDate;

/**
 * One planted story: what happens to a customer, when the first signal shows and when the outcome
 * comes. The row of truth.csv, plus the loan terms the flows and loans.csv need.
 *
 * @param outcomeOn loan start (demand) or first day 90+ days overdue (deterioration); null when
 *     there is no outcome inside the window
 * @param amount need or loan amount, fen
 * @param loanId the loans.csv row the outcome is, or null
 * @param related another customer's index the story involves, or -1
 * @param variant a small number picking among variants of the story (e.g. which kind of noise)
 */
record Story(
    String id,
    int enterprise,
    StoryKind kind,
    LocalDate signalFrom,
    LocalDate outcomeOn,
    String outcome,
    long amount,
    String loanId,
    int related,
    int variant,
    Terms terms) {

  /**
   * Terms of the story's loan at this bank.
   *
   * @param start drawdown day
   * @param statusDate the day the status in loans.csv was observed
   * @param overdueDays days overdue on statusDate
   */
  record Terms(
      String product,
      long amount,
      double rate,
      LocalDate start,
      LocalDate maturity,
      String status,
      LocalDate statusDate,
      int overdueDays,
      long outstanding) {}

  boolean active(LocalDate day) {
    return !day.isBefore(signalFrom) && (outcomeOn == null || !day.isAfter(outcomeOn));
  }

  /** For bad stories: the first day of non-payment, 91 days before the 90+ mark. */
  LocalDate overdueStart() {
    return outcomeOn == null ? null : outcomeOn.minusDays(91);
  }
}
