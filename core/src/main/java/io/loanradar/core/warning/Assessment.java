package io.loanradar.core.warning;

import io.loanradar.core.customer.EnterpriseId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What early warning says about one debtor on an as-of date.
 *
 * @param enterpriseId the debtor
 * @param asOf the as-of date
 * @param hits the signals that fired, most severe first
 * @param riskPoints the sum of the hits' points
 * @param riskGrade 1 (sound) … 5 (critical)
 * @param classification the suggested five-category class beside the bank's current one
 */
public record Assessment(
    EnterpriseId enterpriseId,
    LocalDate asOf,
    List<SignalHit> hits,
    int riskPoints,
    int riskGrade,
    FiveCategoryRules.DebtorClass classification) {

  private static final Comparator<SignalHit> MOST_SEVERE_FIRST =
      Comparator.comparing(SignalHit::severity)
          .reversed()
          .thenComparing(SignalHit::observedOn, Comparator.reverseOrder())
          .thenComparing(SignalHit::code);

  /** Sorts and copies the hits. */
  public Assessment {
    if (riskGrade < 1 || riskGrade > 5) {
      throw new IllegalArgumentException("risk grade must be 1-5: " + riskGrade);
    }
    hits = hits.stream().sorted(MOST_SEVERE_FIRST).toList();
  }

  /** Builds an assessment from hits under a configuration. */
  static Assessment of(
      EnterpriseId id,
      LocalDate asOf,
      List<SignalHit> hits,
      FiveCategoryRules.DebtorClass classification,
      WarningConfig config) {
    int points = hits.stream().mapToInt(h -> config.points().get(h.severity())).sum();
    return new Assessment(id, asOf, hits, points, config.grade(points), classification);
  }

  /** A copy with one more hit, re-graded. */
  Assessment with(SignalHit hit, WarningConfig config) {
    List<SignalHit> more = new ArrayList<>(hits);
    more.add(hit);
    return of(enterpriseId, asOf, more, classification, config);
  }

  /** The severity of the alert this assessment raises, empty below the alert grade. */
  public Optional<Severity> alertSeverity(WarningConfig config) {
    return riskGrade >= config.alertFromGrade()
        ? Optional.of(WarningConfig.severityOf(riskGrade))
        : Optional.empty();
  }

  /** The codes of the hits, most severe first, {@code ;}-separated. */
  public String signalCodes() {
    return hits.stream().map(SignalHit::code).collect(Collectors.joining(";"));
  }

  /** The evidence of every hit, {@code ;}-separated, in Chinese. */
  public String evidenceZh() {
    return hits.stream().map(SignalHit::evidenceZh).collect(Collectors.joining(";"));
  }

  /** The evidence of every hit, {@code ;}-separated, in English. */
  public String evidenceEn() {
    return hits.stream().map(SignalHit::evidenceEn).collect(Collectors.joining("; "));
  }
}
