package io.loanradar.app.warning;

import io.loanradar.core.warning.Severity;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

/** SQL that sorts alerts most severe first, derived from {@link Severity}'s order. */
public final class SeverityOrder {

  private SeverityOrder() {}

  /**
   * An {@code ORDER BY} term ranking {@code column} CRITICAL 0, HIGH 1, … and anything else
   * (unknown or NULL) last.
   */
  public static String mostSevereFirst(String column) {
    Severity[] bySeverity = Severity.values();
    Arrays.sort(bySeverity, Comparator.reverseOrder());
    return Arrays.stream(bySeverity)
        .map(s -> " WHEN '" + s.name() + "' THEN " + (Severity.CRITICAL.ordinal() - s.ordinal()))
        .collect(
            Collectors.joining("", "CASE " + column, " ELSE " + Severity.values().length + " END"));
  }
}
