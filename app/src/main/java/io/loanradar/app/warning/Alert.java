package io.loanradar.app.warning;

import io.loanradar.core.warning.AlertStatus;
import io.loanradar.core.warning.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 预警 — an early-warning alert as kept.
 *
 * @param alertId unique id, e.g. {@code AL20260630-E0000001-1}
 * @param enterpriseId the debtor
 * @param raisedOn the as-of date it was raised for
 * @param assessedOn the as-of date of the assessment its content comes from
 * @param status where it stands
 * @param severity how serious
 * @param riskGrade 1 … 5
 * @param suggestedFiveCategory the suggested class
 * @param bankFiveCategory the bank's current class
 * @param fiveCategoryRule the rule that set the suggested class
 * @param signals {@code ;}-separated signal codes, most severe first
 * @param evidenceZh {@code ;}-separated facts, in Chinese
 * @param evidenceEn the same in English
 * @param createdAt when it was first stored
 * @param slaDueAt when it must be acknowledged by
 * @param slaEscalatedAt when a missed SLA escalated it to the supervisor
 * @param acknowledgedAt when it was acknowledged
 * @param closedAt when it was resolved or marked a false positive
 */
public record Alert(
    String alertId,
    String enterpriseId,
    LocalDate raisedOn,
    LocalDate assessedOn,
    AlertStatus status,
    Severity severity,
    int riskGrade,
    String suggestedFiveCategory,
    String bankFiveCategory,
    String fiveCategoryRule,
    String signals,
    String evidenceZh,
    String evidenceEn,
    Instant createdAt,
    Instant slaDueAt,
    Optional<Instant> slaEscalatedAt,
    Optional<Instant> acknowledgedAt,
    Optional<Instant> closedAt) {

  /**
   * One step in an alert's life.
   *
   * @param at when
   * @param actor who (a user name, or {@code system})
   * @param kind {@code RAISED}, {@code ESCALATED}, {@code TRANSITION} or {@code SLA_MISSED}
   * @param fromStatus status before, for a transition
   * @param toStatus status after, for a transition
   * @param severity the severity after the step
   * @param note what was said or why
   */
  public record Step(
      Instant at,
      String actor,
      String kind,
      Optional<AlertStatus> fromStatus,
      Optional<AlertStatus> toStatus,
      Optional<Severity> severity,
      String note) {}
}
