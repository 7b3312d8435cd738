package io.loanradar.app.ingest;

import io.loanradar.app.store.StoreTable;
import io.loanradar.core.contract.ContractRow;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Where a file's accepted rows go on their way into a staging table: batched INSERTs anywhere, COPY
 * FROM STDIN on PostgreSQL. Rows added are only certain to be in the table after {@link #flush()}.
 */
interface StagingSink extends AutoCloseable {

  /** Stages one accepted row with its lineage. */
  void add(long fileId, long line, ContractRow row) throws SQLException, IOException;

  /**
   * Sends every pending row to the table; afterwards other statements may run on the connection.
   */
  void flush() throws SQLException, IOException;

  /** Flushes, then releases what the sink holds. */
  @Override
  void close() throws SQLException, IOException;

  /**
   * The fastest sink the connection's database offers for {@code target}: the kind's staging table,
   * or a first load's {@code txn}, which has the staging table's columns (see {@code FirstLoad}).
   */
  static StagingSink open(Connection connection, StoreTable table, String target, long batchId)
      throws SQLException {
    if (connection.isWrapperFor(PGConnection.class)) {
      return new CopyStaging(connection.unwrap(PGConnection.class), table, target, batchId);
    }
    return new InsertStaging(connection, table, target, batchId);
  }

  /** Staging columns in load order: lineage, contract columns, derived columns. */
  static List<String> columns(StoreTable table) {
    List<String> names = new ArrayList<>(List.of("batch_id", "file_id", "line_no"));
    names.addAll(table.columns());
    names.addAll(table.derived());
    return names;
  }

  /** The derived value of a row: for transactions, the booking day; null for other kinds. */
  static Object derived(StoreTable table, ContractRow row) {
    return table == StoreTable.TXN ? row.dateTime("booked_at").toLocalDate() : null;
  }
}
