package io.loanradar.app.score;

import io.loanradar.app.ingest.DerivedData;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What happened to the enterprises' loans here, read from the loans' status history: who was a
 * borrower in good standing on a date, who went bad (default, write-off or more than 90 days
 * overdue) in a window, who started a new loan in a window. The outcomes the scorecard check and
 * the platform models' labels are measured against.
 */
@Service
public class LoanOutcomes {

  /** A status-history row {@code h} that counts as bad. */
  static final String BAD = "(h.status IN ('DEFAULTED', 'WRITTEN_OFF') OR h.overdue_days > 90)";

  private final JdbcTemplate jdbc;
  private final DerivedData derived;

  LoanOutcomes(JdbcTemplate jdbc, DerivedData derived) {
    this.jdbc = jdbc;
    this.derived = derived;
  }

  /**
   * Enterprises with a loan here running on {@code asOf} (started by then, maturing on or after)
   * and no loan observed bad on or before it.
   */
  public Set<String> borrowers(LocalDate asOf) {
    return new HashSet<>(
        jdbc.queryForList(
            "SELECT DISTINCT l.enterprise_id FROM loan l WHERE l.start_date <= ? AND l.maturity_date >= ?"
                + " AND NOT EXISTS (SELECT 1 FROM loan b JOIN loan_status_history h ON h.loan_id = b.loan_id"
                + " WHERE b.enterprise_id = l.enterprise_id AND h.status_date <= ? AND "
                + BAD
                + ")",
            String.class,
            asOf,
            asOf,
            asOf));
  }

  /**
   * Enterprises with a loan observed bad after {@code after}, up to and including {@code until}.
   */
  public Set<String> wentBad(LocalDate after, LocalDate until) {
    return new HashSet<>(
        jdbc.queryForList(
            "SELECT DISTINCT b.enterprise_id FROM loan b JOIN loan_status_history h ON h.loan_id = b.loan_id"
                + " WHERE h.status_date > ? AND h.status_date <= ? AND "
                + BAD,
            String.class,
            after,
            until));
  }

  /**
   * Enterprises with a loan here starting after {@code after}, up to and including {@code until}.
   */
  public Set<String> startedLoan(LocalDate after, LocalDate until) {
    return new HashSet<>(
        jdbc.queryForList(
            "SELECT DISTINCT enterprise_id FROM loan WHERE start_date > ? AND start_date <= ?",
            String.class,
            after,
            until));
  }

  /**
   * The first and last day the store has account flows or loan observations for, empty when it
   * holds neither: the span over which features and outcomes can be read.
   */
  public Optional<Span> span() {
    derived.awaitComplete();
    LocalDate first = jdbc.queryForObject("SELECT MIN(flow_day) FROM flow_daily", LocalDate.class);
    LocalDate lastFlow =
        jdbc.queryForObject("SELECT MAX(flow_day) FROM flow_daily", LocalDate.class);
    LocalDate lastLoan =
        jdbc.queryForObject("SELECT MAX(status_date) FROM loan_status_history", LocalDate.class);
    if (first == null && lastLoan == null) {
      return Optional.empty();
    }
    LocalDate last =
        lastFlow == null
            ? lastLoan
            : lastLoan == null || lastFlow.isAfter(lastLoan) ? lastFlow : lastLoan;
    return Optional.of(new Span(first == null ? last : first, last));
  }

  /**
   * Days the store covers.
   *
   * @param first the first day with data
   * @param last the last day with data
   */
  public record Span(LocalDate first, LocalDate last) {}
}
