package io.loanradar.app.cli;

import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The as-of date of the commands that compute from what the store knew on a day. */
final class AsOfOption {

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "As-of date YYYY-MM-DD (default: today).")
  LocalDate asOf;

  /** The date given, else today on the application's clock. */
  LocalDate orToday(Clock clock) {
    return asOf != null ? asOf : LocalDate.now(clock);
  }
}
