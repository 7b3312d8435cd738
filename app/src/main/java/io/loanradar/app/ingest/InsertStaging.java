package io.loanradar.app.ingest;

import io.loanradar.app.store.StoreTable;
import io.loanradar.core.contract.Column;
import io.loanradar.core.contract.ContractRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;

/** Stages rows with batched JDBC INSERTs; works on every store. */
final class InsertStaging implements StagingSink {

  private static final int BATCH = 2_000;

  private final StoreTable table;
  private final long batchId;
  private final PreparedStatement insert;
  private int pending;

  InsertStaging(Connection connection, StoreTable table, long batchId) throws SQLException {
    this.table = table;
    this.batchId = batchId;
    List<String> names = StagingSink.columns(table);
    this.insert =
        connection.prepareStatement(
            "INSERT INTO "
                + table.staging()
                + " ("
                + String.join(", ", names)
                + ") VALUES ("
                + String.join(", ", Collections.nCopies(names.size(), "?"))
                + ")");
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
    if (++pending == BATCH) {
      flush();
    }
  }

  @Override
  public void flush() throws SQLException {
    if (pending > 0) {
      insert.executeBatch();
      pending = 0;
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      flush();
    } finally {
      insert.close();
    }
  }
}
