package io.loanradar.core.warning;

import java.time.LocalDate;

/**
 * A signal that fired for one debtor on an as-of date, with evidence a person can check.
 *
 * @param code the signal's code, e.g. {@code FLOW_INFLOW_COLLAPSE}
 * @param severity how serious, from the signal's setting
 * @param observedOn the date of the latest fact behind it, on or before the as-of date
 * @param evidenceZh the facts with dates and amounts, in Chinese
 * @param evidenceEn the same facts in English
 */
public record SignalHit(
    String code, Severity severity, LocalDate observedOn, String evidenceZh, String evidenceEn) {

  /**
   * @throws IllegalArgumentException when a part is missing or the evidence is blank
   */
  public SignalHit {
    if (code == null || severity == null || observedOn == null) {
      throw new IllegalArgumentException("a signal hit needs a code, a severity and a date");
    }
    if (evidenceZh == null || evidenceZh.isBlank() || evidenceEn == null || evidenceEn.isBlank()) {
      throw new IllegalArgumentException("signal " + code + " fired without evidence");
    }
  }
}
