package io.loanradar.app.ingest;

import io.loanradar.app.store.StoreDialect;
import io.loanradar.app.store.StoreTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A batch's transactions written straight into {@code txn} because the store holds none yet: the
 * first load of a bank, tens of millions of rows.
 *
 * <p>Any other batch stages its transactions and then inserts or merges them into {@code txn}, so
 * that duplicates and unknown enterprises can be taken out first. When {@code txn}, {@code
 * flow_daily} and {@code balance_daily} are all empty, the batch may write the rows into {@code
 * txn} itself, and {@code Merger} then takes out what must not stay and sums the aggregates over
 * the whole table. Every row is written once instead of twice, and nothing is left to delete from
 * staging. It all happens in the batch's transaction: a batch that fails or is killed rolls it all
 * back.
 *
 * <ul>
 *   <li>PostgreSQL: the three tables' keys and indexes are dropped when the batch's first
 *       transaction file starts, the rows are copied in, and the later occurrences of a duplicate
 *       key are found by building the primary key. The batch holds the tables' exclusive lock from
 *       the first transaction file to the commit. The indexes of {@code txn} and the aggregates are
 *       built after the commit, side by side, by {@link DerivedData}: the rows are then checked and
 *       kept, and what remains is derived from them alone.
 *   <li>H2, where DDL would commit the batch: the keys and indexes stay, and the primary key turns
 *       away the later occurrences of a key as the rows are inserted (see {@code InsertStaging}).
 * </ul>
 *
 * <p>The import lock (one batch at a time) makes sure no other batch writes {@code txn} meanwhile,
 * so every row in it belongs to the batch.
 */
final class FirstLoad {

  private static final List<String> TABLES = List.of("txn", "flow_daily", "balance_daily");

  /** What the log says when a batch takes this way. */
  static final String STRAIGHT_INTO_TXN = "first load: transactions written straight into txn";

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FirstLoad.class);

  private final Connection connection;
  private final boolean postgres;
  private boolean decided;
  private boolean active;
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
        active = indexes != null;
      } else {
        active = everyOneEmpty();
      }
      if (active) {
        log.info(STRAIGHT_INTO_TXN);
      }
    }
    return active ? table.table() : table.staging();
  }

  private boolean everyOneEmpty() throws SQLException {
    for (String table : TABLES) {
      if (!DeferredIndexes.empty(connection, table)) {
        return false;
      }
    }
    return true;
  }

  /** Whether this batch's transactions are being written straight into {@code txn}. */
  boolean active() {
    return active;
  }

  /** The dropped keys and indexes of the three tables; only while active on PostgreSQL. */
  DeferredIndexes indexes() {
    if (indexes == null) {
      throw new IllegalStateException("not a first load on PostgreSQL");
    }
    return indexes;
  }

  /**
   * Hands what is still dropped to {@link DerivedData}, to be built after the commit, once the
   * batch's merge is done: on PostgreSQL the indexes of {@code txn} and, per daily aggregate, its
   * rows, key and indexes (the key of {@code txn}, the duplicate check, belongs to the batch and is
   * built here if no merge built it, as when no transaction survived to be merged).
   */
  void finish(long batchId) throws SQLException {
    if (indexes == null) {
      return;
    }
    indexes.buildKeys("txn");
    int taskNo = 0;
    for (String table : TABLES) {
      DerivedData.schedule(connection, batchId, ++taskNo, table, indexes.take(table));
    }
  }
}
