package io.loanradar.app.ingest;

import io.loanradar.app.store.StoreDialect;
import io.loanradar.app.store.StoreTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A batch's transactions written straight into {@code txn} because the store holds none yet
 * (PostgreSQL): the first load of a bank, tens of millions of rows.
 *
 * <p>Any other batch stages its transactions and then inserts or merges them into {@code txn}, so
 * that duplicates and unknown enterprises can be taken out first. When {@code txn}, {@code
 * flow_daily} and {@code balance_daily} are all empty, the batch may own them instead: their keys
 * and indexes are dropped when its first transaction file starts, the rows are copied into {@code
 * txn} itself, and {@code Merger} then takes out what must not stay (the later occurrences of a
 * duplicate key, found by building the primary key; rows whose enterprise exists nowhere) before it
 * builds the rest. Every row is written once instead of twice. It all happens in the batch's
 * transaction, which holds the three tables' exclusive lock from the first transaction file to the
 * commit, and a batch that fails or is killed rolls back the rows and the drops together.
 *
 * <p>The import lock (one batch at a time) and that exclusive lock make sure nothing else writes
 * {@code txn} meanwhile, so every row in it belongs to the batch.
 */
final class FirstLoad {

  private static final List<String> TABLES = List.of("txn", "flow_daily", "balance_daily");

  /** What the log says when a batch takes this way. */
  static final String STRAIGHT_INTO_TXN =
      "first load: transactions written straight into txn, keys and indexes built after them";

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FirstLoad.class);

  private final Connection connection;
  private final boolean postgres;
  private boolean decided;
  private DeferredIndexes indexes;

  FirstLoad(Connection connection) throws SQLException {
    this.connection = connection;
    this.postgres = StoreDialect.isPostgres(connection);
  }

  /**
   * The table the accepted rows of a file of {@code table}'s kind are written to: {@code txn}
   * itself for the transactions of a first load, decided (and the indexes dropped) on the first
   * call for transactions; the staging table otherwise.
   */
  String target(StoreTable table) throws SQLException {
    if (table != StoreTable.TXN) {
      return table.staging();
    }
    if (!decided) {
      decided = true;
      if (postgres) {
        indexes = DeferredIndexes.dropIfEveryOneEmpty(connection, TABLES).orElse(null);
        if (indexes != null) {
          log.info(STRAIGHT_INTO_TXN);
        }
      }
    }
    return indexes == null ? table.staging() : table.table();
  }

  /** Whether this batch's transactions are being written straight into {@code txn}. */
  boolean active() {
    return indexes != null;
  }

  /** The dropped keys and indexes of the three tables; only while {@link #active()}. */
  DeferredIndexes indexes() {
    if (indexes == null) {
      throw new IllegalStateException("not a first load");
    }
    return indexes;
  }

  /**
   * Builds whatever is still dropped, so the tables leave the batch as they came, also when no
   * transaction survived to be merged (every row quarantined, the file undecodable).
   */
  void finish() throws SQLException {
    if (indexes != null) {
      indexes.build();
    }
  }
}
