package io.loanradar.app.warning;

import io.loanradar.core.credit.FiveCategory;
import io.loanradar.core.credit.Loan;
import io.loanradar.core.credit.LoanStatus;
import io.loanradar.core.customer.EnterpriseId;
import io.loanradar.core.finance.Money;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What actually happened, for a back-test: planted stories and bad outcomes on this bank's loans.
 */
final class BacktestOutcomes {

  private BacktestOutcomes() {}

  /**
   * A planted story of truth.csv.
   *
   * @param enterpriseId the enterprise
   * @param story DETERIORATION, CONTAGION, NOISE or a demand scenario
   * @param signalFrom the first day its signals show
   * @param outcomeOn the first day 90+ days overdue, empty when none inside the window
   */
  record Story(
      String enterpriseId, String story, LocalDate signalFrom, Optional<LocalDate> outcomeOn) {}

  /**
   * Reads truth.csv.
   *
   * @throws IllegalArgumentException naming the file and line when a row is unreadable
   */
  static Map<String, Story> truth(Path file) throws IOException {
    Map<String, Story> stories = new HashMap<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord rec :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        try {
          String outcome = rec.get("outcome_on");
          Story s =
              new Story(
                  rec.get("enterprise_id"),
                  rec.get("story"),
                  LocalDate.parse(rec.get("signal_from")),
                  outcome == null || outcome.isBlank()
                      ? Optional.empty()
                      : Optional.of(LocalDate.parse(outcome)));
          Story before = stories.get(s.enterpriseId());
          if (before == null || bad(s) && !bad(before)) {
            stories.put(s.enterpriseId(), s);
          }
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(
              file + " line " + rec.getRecordNumber() + 1 + ": " + e.getMessage(), e);
        }
      }
    }
    return stories;
  }

  static boolean bad(Story s) {
    return s.story().equals("DETERIORATION") || s.story().equals("CONTAGION");
  }

  /** The first day each enterprise had a loan here in default, written off or 90+ days overdue. */
  static Map<String, LocalDate> badLoans(JdbcTemplate jdbc) {
    return jdbc
        .query(
            "SELECT l.enterprise_id, MIN(h.status_date) FROM loan l"
                + " JOIN loan_status_history h ON h.loan_id = l.loan_id"
                + " WHERE h.status IN ('DEFAULTED', 'WRITTEN_OFF') OR h.overdue_days > 90"
                + " GROUP BY l.enterprise_id",
            (rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, LocalDate.class)))
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Every observed status of every loan, by enterprise, for re-dating snapshots. */
  static Map<String, List<Loan>> loanHistory(JdbcTemplate jdbc) {
    return jdbc
        .query(
            "SELECT l.loan_id, l.enterprise_id, l.product_code, l.amount, h.outstanding,"
                + " l.annual_rate, l.start_date, l.maturity_date, h.status, h.overdue_days,"
                + " h.five_category, h.status_date FROM loan l"
                + " JOIN loan_status_history h ON h.loan_id = l.loan_id",
            (rs, n) -> {
              long overdue = rs.getLong(10);
              Optional<Long> overdueDays = rs.wasNull() ? Optional.empty() : Optional.of(overdue);
              return new Loan(
                  rs.getString(1),
                  new EnterpriseId(rs.getString(2)),
                  Optional.ofNullable(rs.getString(3)),
                  new Money(rs.getBigDecimal(4)),
                  Optional.ofNullable(rs.getBigDecimal(5)).map(Money::new),
                  Optional.ofNullable(rs.getBigDecimal(6)),
                  rs.getObject(7, LocalDate.class),
                  rs.getObject(8, LocalDate.class),
                  LoanStatus.valueOf(rs.getString(9)),
                  overdueDays,
                  Optional.ofNullable(rs.getString(11)).map(FiveCategory::valueOf),
                  rs.getObject(12, LocalDate.class));
            })
        .stream()
        .collect(Collectors.groupingBy(l -> l.enterpriseId().value()));
  }
}
