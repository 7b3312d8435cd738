package io.loanradar.app.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The keys and indexes of empty store tables, dropped while a first load fills them and built
 * again, with the same names and definitions, before the batch commits (PostgreSQL only).
 *
 * <p>Building an index over rows already written sorts them once; keeping it up to date inserts
 * every row into it one at a time. For the 5 M transactions of the 10,000-enterprise bank, {@code
 * txn} with its key and three indexes filled in 29.7 s; without them in 9.5 s, and the four were
 * then built in 13.0 s. The gap widens with the size of the load, as the indexes outgrow the
 * server's buffers.
 *
 * <p>Everything happens in the batch's transaction: dropping takes the tables' exclusive lock until
 * the commit (the tables are empty, so no reader loses anything it could have read), and a batch
 * that fails or is killed rolls the drops back with its rows. A table that another table's foreign
 * key refers to keeps its indexes.
 */
final class DeferredIndexes {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(DeferredIndexes.class);

  /** Memory each index build may sort in, for the batch's transaction. */
  static final String MAINTENANCE_WORK_MEM = "256MB";

  private final Connection connection;

  /** What was dropped, in the order it is built again: per table its keys, then its indexes. */
  private final List<Dropped> rebuild = new ArrayList<>();

  /** A dropped key or index and the statement that builds it. */
  private record Dropped(String table, boolean key, String ddl) {}

  private DeferredIndexes(Connection connection) {
    this.connection = connection;
  }

  /**
   * Drops the keys and indexes of those of {@code tables} that hold no row and that no foreign key
   * refers to; {@link #build} puts them back.
   */
  static DeferredIndexes dropWhereEmpty(Connection connection, List<String> tables)
      throws SQLException {
    DeferredIndexes deferred = new DeferredIndexes(connection);
    for (String table : tables) {
      if (empty(connection, table) && !deferred.referenced(table) && deferred.owned(table)) {
        deferred.drop(table);
      }
    }
    return deferred;
  }

  /**
   * Drops the keys and indexes of every one of {@code tables} when each of them qualifies (holds no
   * row, is referred to by no foreign key, is owned by the session), and nothing otherwise: a first
   * load that writes straight into the tables needs them all without indexes.
   */
  static Optional<DeferredIndexes> dropIfEveryOneEmpty(Connection connection, List<String> tables)
      throws SQLException {
    DeferredIndexes deferred = new DeferredIndexes(connection);
    for (String table : tables) {
      if (!empty(connection, table) || deferred.referenced(table) || !deferred.owned(table)) {
        return Optional.empty();
      }
    }
    for (String table : tables) {
      deferred.drop(table);
    }
    return Optional.of(deferred);
  }

  /** Whether any index was dropped. */
  boolean any() {
    return !rebuild.isEmpty();
  }

  /** Builds every dropped key and index again; the tables are then as before, rows aside. */
  void build() throws SQLException {
    build(d -> true);
  }

  /**
   * Builds the dropped keys (primary and unique) of one table. A key that meets a duplicate fails
   * with SQLState {@code 23505} and stays to be built; after a rollback to a savepoint taken before
   * this call, the duplicates may be removed and the key built again.
   */
  void buildKeys(String table) throws SQLException {
    build(d -> d.key() && d.table().equals(table));
  }

  /**
   * The statements that build the dropped keys and indexes of one table, keys first, which are then
   * no longer this object's to build: the batch hands them to {@link DerivedData}.
   */
  List<String> take(String table) {
    List<String> out = new ArrayList<>();
    for (Iterator<Dropped> it = rebuild.iterator(); it.hasNext(); ) {
      Dropped d = it.next();
      if (d.table().equals(table)) {
        out.add(d.ddl());
        it.remove();
      }
    }
    return out;
  }

  private void build(Predicate<Dropped> which) throws SQLException {
    if (rebuild.stream().noneMatch(which)) {
      return;
    }
    execute("SET LOCAL maintenance_work_mem = '" + MAINTENANCE_WORK_MEM + "'");
    for (Iterator<Dropped> it = rebuild.iterator(); it.hasNext(); ) {
      Dropped d = it.next();
      if (which.test(d)) {
        execute(d.ddl());
        it.remove();
      }
    }
    execute("SET LOCAL maintenance_work_mem TO DEFAULT");
  }

  /** Whether {@code table} holds no row (any store). */
  static boolean empty(Connection connection, String table) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
      return !rs.next();
    }
  }

  /**
   * Whether the session may drop and build the table's indexes: it owns the table or acts with its
   * owner's rights. A bank may run the application as a user that only reads and writes rows, with
   * the schema owned by another; such a load keeps its indexes up to date as any other batch.
   */
  private boolean owned(String table) throws SQLException {
    return strings(
                "SELECT 1 FROM pg_class c WHERE c.oid = CAST(? AS regclass)"
                    + " AND pg_has_role(current_user, c.relowner, 'USAGE')",
                table,
                1)
            .size()
        == 1;
  }

  private boolean referenced(String table) throws SQLException {
    return !strings(
            "SELECT conname FROM pg_constraint WHERE contype = 'f'"
                + " AND confrelid = CAST(? AS regclass)",
            table,
            1)
        .isEmpty();
  }

  private void drop(String table) throws SQLException {
    // keys and unique constraints, then the indexes no constraint owns
    List<String> constraints =
        strings(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                + " WHERE conrelid = CAST(? AS regclass) AND contype IN ('p', 'u') ORDER BY conname",
            table,
            2);
    List<String> indexes =
        strings(
            "SELECT CAST(CAST(i.indexrelid AS regclass) AS text), pg_get_indexdef(i.indexrelid)"
                + " FROM pg_index i WHERE i.indrelid = CAST(? AS regclass) AND NOT EXISTS"
                + " (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)"
                + " ORDER BY 1",
            table,
            2);
    for (int i = 0; i < constraints.size(); i += 2) {
      execute("ALTER TABLE " + table + " DROP CONSTRAINT " + constraints.get(i));
      rebuild.add(
          new Dropped(
              table,
              true,
              "ALTER TABLE "
                  + table
                  + " ADD CONSTRAINT "
                  + constraints.get(i)
                  + " "
                  + constraints.get(i + 1)));
    }
    for (int i = 0; i < indexes.size(); i += 2) {
      execute("DROP INDEX " + indexes.get(i));
      rebuild.add(new Dropped(table, false, indexes.get(i + 1)));
    }
    log.debug(
        "{} is empty: {} keys and {} indexes built after the load",
        table,
        constraints.size() / 2,
        indexes.size() / 2);
  }

  /** The first {@code columns} columns of every row, in order, flattened. */
  private List<String> strings(String sql, String table, int columns) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          for (int c = 1; c <= columns; c++) {
            out.add(rs.getString(c));
          }
        }
      }
    }
    return out;
  }

  private void execute(String sql) throws SQLException {
    long start = System.nanoTime();
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
    log.debug("{} ms: {}", (System.nanoTime() - start) / 1_000_000, sql);
  }
}
