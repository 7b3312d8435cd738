package io.loanradar.app.audit;

import java.time.LocalDate;

/**
 * What the audit page is narrowed to. Blank or null values do not filter.
 *
 * @param actor exact user name
 * @param action an {@link AuditAction} name
 * @param target exact target (customer number, user name, batch id)
 * @param from first day, inclusive
 * @param to last day, inclusive
 */
public record AuditFilter(
    String actor, String action, String target, LocalDate from, LocalDate to) {

  /** Normalises blanks and checks the action. */
  public AuditFilter {
    actor = clean(actor);
    target = clean(target);
    action = clean(action);
    if (!action.isEmpty()) {
      try {
        AuditAction.valueOf(action);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown audit action " + action);
      }
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException(
          "audit period ends (" + to + ") before it starts (" + from + ")");
    }
  }

  private static String clean(String text) {
    return text == null ? "" : text.strip();
  }
}
