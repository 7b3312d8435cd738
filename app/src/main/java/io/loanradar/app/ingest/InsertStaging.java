package io.loanradar.app.ingest;

import io.loanradar.app.store.StoreTable;
import io.loanradar.core.contract.Column;
import io.loanradar.core.contract.ContractRow;
import io.loanradar.core.contract.Violation;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;

/**
 * Stages rows with batched JDBC INSERTs; works on every store. The rows go to the kind's staging
 * table, or for a first load's transactions on H2 to {@code txn} itself (see {@code FirstLoad}).
 * There the table's primary key is the duplicate check: H2 runs every row of a JDBC batch and fails
 * only those whose key is already in the table, so the first occurrence of a key is kept, as the
 * staged check keeps it, and each later one goes to the quarantine with the same reason.
 */
final class InsertStaging implements StagingSink {

  private static final int BATCH = 2_000;

  /** SQLState of a unique or primary key violation. */
  private static final String DUPLICATE_KEY = "23505";

  private final StoreTable table;
  private final long batchId;
  private final PreparedStatement insert;
  private final PreparedStatement quarantine;
  private final long[] files;
  private final long[] lines;
  private final String[] keys;
  private int pending;

  InsertStaging(Connection connection, StoreTable table, String target, long batchId)
      throws SQLException {
    this.table = table;
    this.batchId = batchId;
    List<String> names = StagingSink.columns(table);
    this.insert =
        connection.prepareStatement(
            "INSERT INTO "
                + target
                + " ("
                + String.join(", ", names)
                + ") VALUES ("
                + String.join(", ", Collections.nCopies(names.size(), "?"))
                + ")");
    boolean direct = !target.equals(table.staging());
    this.quarantine = direct ? connection.prepareStatement(Merger.QUARANTINE_INSERT) : null;
    this.files = direct ? new long[BATCH] : null;
    this.lines = direct ? new long[BATCH] : null;
    this.keys = direct ? new String[BATCH] : null;
  }

  @Override
  public void add(long fileId, long line, ContractRow row) throws SQLException {
    List<Column> columns = table.kind().columns();
    insert.setLong(1, batchId);
    insert.setLong(2, fileId);
    insert.setLong(3, line);
    for (int c = 0; c < columns.size(); c++) {
      Object value = row.get(c);
      int at = c + 4;
      if (value == null) {
        insert.setNull(at, Stager.sqlType(columns.get(c).type()));
      } else if (value instanceof YearMonth month) {
        insert.setObject(at, month.atDay(1));
      } else {
        insert.setObject(at, value);
      }
    }
    if (!table.derived().isEmpty()) {
      insert.setObject(columns.size() + 4, StagingSink.derived(table, row));
    }
    insert.addBatch();
    if (keys != null) {
      files[pending] = fileId;
      lines[pending] = line;
      keys[pending] = row.key();
    }
    if (++pending == BATCH) {
      flush();
    }
  }

  @Override
  public void flush() throws SQLException {
    if (pending == 0) {
      return;
    }
    try {
      insert.executeBatch();
    } catch (BatchUpdateException e) {
      if (keys == null) {
        throw e;
      }
      quarantineDuplicates(e);
    }
    pending = 0;
  }

  /**
   * Sends the rows of the batch that met a key already in the table to the quarantine, or rethrows
   * when anything else failed or the driver did not run every row.
   */
  private void quarantineDuplicates(BatchUpdateException e) throws SQLException {
    int[] results = e.getUpdateCounts();
    if (results == null || results.length != pending) {
      throw e;
    }
    for (SQLException next = e.getNextException(); next != null; next = next.getNextException()) {
      if (!DUPLICATE_KEY.equals(next.getSQLState())) {
        throw e;
      }
    }
    if (!DUPLICATE_KEY.equals(e.getSQLState())) {
      throw e;
    }
    String keyColumn = String.join("+", table.key());
    for (int i = 0; i < pending; i++) {
      if (results[i] == Statement.EXECUTE_FAILED) {
        Merger.bindQuarantine(
            quarantine,
            batchId,
            files[i],
            lines[i],
            new Violation(keyColumn, keys[i], Merger.DUPLICATE_ZH, Merger.DUPLICATE_EN));
        quarantine.addBatch();
      }
    }
    quarantine.executeBatch();
  }

  @Override
  public void close() throws SQLException {
    try {
      flush();
    } finally {
      insert.close();
      if (quarantine != null) {
        quarantine.close();
      }
    }
  }
}
