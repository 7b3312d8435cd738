package io.loanradar.app.score;

import io.loanradar.app.store.StoreTable;
import io.loanradar.core.contract.ContractKind;
import io.loanradar.core.contract.ContractRow;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loans as they stood on an as-of date: each loan in the latest status observed on or before that
 * date, or, when every observation is later, in its first one (which the engines then read as
 * active and current, as the data contract says).
 */
final class LoanHistory {

  private LoanHistory() {}

  static SnapshotReader.Cursor<ContractRow> cursor(
      Connection c, LocalDate asOf, String one, String order, SnapshotReader.Slice only)
      throws SQLException {
    List<Object> params = only.params(Date.valueOf(asOf));
    String sql =
        "SELECT l.loan_id, l.enterprise_id, l.product_code, l.amount, h.outstanding, l.annual_rate,"
            + " l.start_date, l.maturity_date, h.status, h.overdue_days, h.five_category, h.status_date,"
            + " l.enterprise_id AS cursor_key FROM loan l JOIN loan_status_history h ON h.loan_id = l.loan_id"
            + " WHERE l.start_date <= ?"
            + one.replace("enterprise_id", "l.enterprise_id")
            + order.replace("enterprise_id", "l.enterprise_id")
            + ", l.loan_id, h.status_date";
    return new SnapshotReader.Cursor<>(c, sql, params, rs -> StoredRows.read(rs, StoreTable.LOAN));
  }

  /** One row per loan: its status on {@code asOf}. Rows come ordered by loan and status date. */
  static List<ContractRow> asOf(List<ContractRow> history, LocalDate asOf) {
    Map<String, ContractRow> byLoan = new LinkedHashMap<>();
    for (ContractRow row : history) {
      if (row.kind() != ContractKind.LOANS) {
        throw new IllegalArgumentException("not a loan row: " + row.kind());
      }
      String loan = row.text("loan_id");
      ContractRow kept = byLoan.get(loan);
      if (kept == null || !row.date("status_date").isAfter(asOf)) {
        byLoan.put(loan, row);
      }
    }
    return List.copyOf(byLoan.values());
  }
}
