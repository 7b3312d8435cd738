package io.loanradar.app.ingest;

import io.loanradar.app.store.StoreDialect;
import io.loanradar.app.store.StoreTable;
import io.loanradar.core.contract.Violation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a staged batch across its files and merges it into the store: duplicate keys and missing
 * enterprises go to the quarantine, the rest is counted (inserted, updated, unchanged) and upserted
 * by key, loan statuses keep their history and flow aggregates are recomputed for the days the
 * batch touched. Runs inside the batch's transaction.
 */
final class Merger {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Merger.class);

  static final String QUARANTINE_INSERT =
      "INSERT INTO quarantine (batch_id, file_id, line_no, column_name, raw_value, reason_zh, reason_en)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";

  /**
   * Memory PostgreSQL may give each sort and hash of a batch's own statements, so that joining and
   * grouping millions of staged rows stays in memory instead of spilling to disk.
   */
  static final String PG_WORK_MEM = "256MB";

  /**
   * Row {@code o} came before row {@code s} in the batch (file, then line): of rows with the same
   * key, the one no other comes before is kept, the rest are quarantined.
   */
  private static final String COMES_BEFORE =
      "(o.file_id < s.file_id OR (o.file_id = s.file_id AND o.line_no < s.line_no))";

  static final String DUPLICATE_ZH = "主键在本批次中重复，已保留首次出现的行";
  static final String DUPLICATE_EN = "duplicate key in this batch; the first occurrence was kept";
  static final String UNKNOWN_ENTERPRISE_ZH = "企业在库中和本批次中都不存在";
  static final String UNKNOWN_ENTERPRISE_EN =
      "the enterprise exists neither in the store nor in this batch";

  private final Connection connection;
  private final long batchId;
  private final boolean postgres;
  private final FirstLoad firstLoad;

  Merger(Connection connection, long batchId, FirstLoad firstLoad) throws SQLException {
    this.connection = connection;
    this.batchId = batchId;
    this.firstLoad = firstLoad;
    this.postgres = StoreDialect.isPostgres(connection);
    if (postgres) {
      execute("SET LOCAL work_mem = '" + PG_WORK_MEM + "'");
    }
  }

  static void bindQuarantine(
      PreparedStatement ps, long batchId, long fileId, long line, Violation v) throws SQLException {
    ps.setLong(1, batchId);
    ps.setLong(2, fileId);
    ps.setLong(3, line);
    ps.setString(4, v.column());
    ps.setString(5, v.value().length() > 2000 ? v.value().substring(0, 2000) : v.value());
    ps.setString(6, v.reasonZh());
    ps.setString(7, v.reasonEn());
  }

  /** Row counts per file id: inserted, updated, unchanged. */
  Map<Long, long[]> merge(StoreTable t) throws SQLException {
    if (t == StoreTable.TXN && firstLoad.active()) {
      return mergeFirstLoad();
    }
    if (postgres) {
      execute("ANALYZE " + t.staging());
    }
    quarantineDuplicates(t);
    quarantineUnknownEnterprises(t);
    Map<Long, long[]> counts = count(t);
    boolean appended = t == StoreTable.TXN && postgres && appendsOnly(counts);
    if (t == StoreTable.TXN && !appended) {
      collectFlowKeys();
    }
    if (appended) {
      DeferredIndexes deferred =
          DeferredIndexes.dropWhereEmpty(connection, List.of("txn", "flow_daily", "balance_daily"));
      execute(insertSql(t));
      new DailyAggregates(connection, true).buildFromStaged(batchId);
      deferred.build();
    } else {
      execute(mergeSql(t));
    }
    if (t == StoreTable.LOAN) {
      execute(historySql());
    }
    if (t == StoreTable.TXN && !appended) {
      refreshFlowAggregates();
    }
    emptyStaging(t.staging());
    return counts;
  }

  /**
   * Whether the batch's transactions only add to what the store holds (PostgreSQL): every one is
   * new, and each enterprise's come after its last known day. A first load is such a batch, and so
   * is a daily or monthly delivery. Then no day the batch touches had a transaction before, so its
   * rows are inserted rather than merged and the daily aggregates of those days are summed from the
   * staged rows alone, with no touched days to collect and nothing to delete first.
   */
  private boolean appendsOnly(Map<Long, long[]> counts) throws SQLException {
    boolean allNew = counts.values().stream().allMatch(c -> c[1] == 0 && c[2] == 0);
    if (!allNew) {
      return false;
    }
    boolean overlaps =
        exists(
            "SELECT 1 FROM (SELECT enterprise_id, MIN(flow_day) AS first_day FROM stg_txn"
                + " WHERE batch_id = ? GROUP BY enterprise_id) s WHERE EXISTS (SELECT 1 FROM txn t"
                + " WHERE t.enterprise_id = s.enterprise_id AND t.flow_day >= s.first_day)");
    log.debug("transactions {}", overlaps ? "merged: they reach known days" : "appended");
    return !overlaps;
  }

  /** A plain insert of the staged rows, for a batch whose every key is new. */
  private static String insertSql(StoreTable t) {
    String columns = String.join(", ", StagingSink.columns(t));
    return "INSERT INTO "
        + t.table()
        + " ("
        + columns
        + ") SELECT "
        + columns
        + " FROM "
        + t.staging()
        + " WHERE batch_id = ?";
  }

  /**
   * Removes the batch's rows from a staging table. Batches run one at a time and each empties its
   * staging rows before it commits, so on PostgreSQL the table holds only this batch's rows and a
   * TRUNCATE, which rolls back with the batch, does the same as the DELETE without visiting a row.
   */
  private void emptyStaging(String staging) throws SQLException {
    if (postgres) {
      execute("TRUNCATE " + staging);
    } else {
      execute("DELETE FROM " + staging + " WHERE batch_id = ?");
    }
  }

  /**
   * The keys staged more than once in a batch. Grouped by the batch too, so that the groups follow
   * the staging table's index (batch id, key): H2 then counts one group at a time instead of
   * holding every key in memory, which exhausted a 1 GB heap at 5 M staged transactions.
   */
  static String duplicateKeysSql(StoreTable t) {
    String keys = String.join(", ", t.key());
    return "SELECT "
        + keys
        + " FROM "
        + t.staging()
        + " WHERE batch_id = ? GROUP BY batch_id, "
        + keys
        + " HAVING COUNT(*) > 1";
  }

  private void quarantineDuplicates(StoreTable t) throws SQLException {
    if (!exists(duplicateKeysSql(t))) {
      return;
    }
    String keyJoin =
        t.key().stream().map(k -> "o." + k + " = s." + k).collect(Collectors.joining(" AND "));
    String earlier =
        " FROM "
            + t.staging()
            + " s WHERE s.batch_id = ? AND EXISTS (SELECT 1 FROM "
            + t.staging()
            + " o WHERE o.batch_id = s.batch_id AND "
            + keyJoin
            + " AND "
            + COMES_BEFORE
            + ")";
    String keyText =
        t.key().stream()
            .map(k -> "CAST(s." + k + " AS VARCHAR(300))")
            .collect(Collectors.joining(" || '|' || "));
    execute(
        "INSERT INTO quarantine (batch_id, file_id, line_no, column_name, raw_value, reason_zh, reason_en)"
            + " SELECT s.batch_id, s.file_id, s.line_no, '"
            + String.join("+", t.key())
            + "', "
            + keyText
            + ", '"
            + DUPLICATE_ZH
            + "', '"
            + DUPLICATE_EN
            + "'"
            + earlier);
    execute("DELETE" + earlier);
  }

  private void quarantineUnknownEnterprises(StoreTable t) throws SQLException {
    if (t == StoreTable.RELATION) {
      for (String side : List.of("from_id", "to_id")) {
        unknownEnterprise(t.staging(), side, " AND s." + side + " NOT LIKE 'ext:%'");
      }
    } else if (t.columns().contains("enterprise_id") && t != StoreTable.ENTERPRISE) {
      unknownEnterprise(t.staging(), "enterprise_id", "");
    }
  }

  /** Quarantines and removes the batch's rows in {@code rows} whose enterprise exists nowhere. */
  private void unknownEnterprise(String rows, String column, String extra) throws SQLException {
    String where =
        " FROM "
            + rows
            + " s WHERE s.batch_id = ?"
            + extra
            + " AND NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.enterprise_id = s."
            + column
            + ")";
    int quarantined =
        execute(
            "INSERT INTO quarantine (batch_id, file_id, line_no, column_name, raw_value, reason_zh, reason_en)"
                + " SELECT s.batch_id, s.file_id, s.line_no, '"
                + column
                + "', s."
                + column
                + ", '"
                + UNKNOWN_ENTERPRISE_ZH
                + "', '"
                + UNKNOWN_ENTERPRISE_EN
                + "'"
                + where);
    if (quarantined > 0) {
      execute("DELETE" + where);
    }
  }

  /**
   * Completes a first load whose transactions were copied straight into {@code txn} (see {@link
   * FirstLoad}), with the same outcome as staging them: the later occurrences of a duplicate key
   * and the rows whose enterprise exists nowhere are quarantined and removed, the rest counted as
   * inserted, the daily aggregates summed and, on PostgreSQL, every key and index built again. On
   * H2 the keys and indexes stayed and the duplicates were turned away as the rows came, so what is
   * left is the count, the unknown enterprises and the aggregates.
   *
   * <p>On PostgreSQL the order serves the speed. Building the primary key is the duplicate check:
   * it has to sort the keys anyway, and only when it meets a duplicate are the duplicates looked
   * for. One scan joined to the enterprises counts the rows per file and finds the unknown ones.
   * The other indexes of {@code txn} come next, so that the aggregates may read the rows in
   * (enterprise, day) order from {@code txn_enterprise_day} where the file was written enterprise
   * by enterprise (the planner judges that from the statistics), instead of sorting them all.
   */
  private Map<Long, long[]> mergeFirstLoad() throws SQLException {
    if (!postgres) {
      // H2 kept the keys and indexes: its primary key turned the duplicates away as they came
      Map<Long, long[]> counts = countFirstLoad();
      new DailyAggregates(connection, false).buildFromTxn();
      return counts;
    }
    DeferredIndexes indexes = firstLoad.indexes();
    Savepoint beforeKey = connection.setSavepoint();
    try {
      indexes.buildKeys("txn");
      connection.releaseSavepoint(beforeKey);
    } catch (SQLException e) {
      if (!"23505".equals(e.getSQLState())) {
        throw e;
      }
      connection.rollback(beforeKey);
      quarantineDuplicatesOfFirstLoad();
      indexes.buildKeys("txn");
    }
    Map<Long, long[]> counts = countFirstLoad();
    execute("ANALYZE txn");
    // txn's other indexes and the aggregates: after the commit (FirstLoad.finish, DerivedData)
    return counts;
  }

  /**
   * A first load's rows per file, counted as inserted, in one scan of {@code txn} joined to the
   * enterprises, which also finds the rows whose enterprise exists nowhere; those are quarantined
   * and removed.
   */
  private Map<Long, long[]> countFirstLoad() throws SQLException {
    Map<Long, long[]> counts = new HashMap<>();
    long unknown = 0;
    long start = System.nanoTime();
    try (PreparedStatement ps =
            prepare(
                "SELECT s.file_id, COUNT(*), COUNT(*) - COUNT(e.enterprise_id) FROM txn s"
                    + " LEFT JOIN enterprise e ON e.enterprise_id = s.enterprise_id"
                    + " GROUP BY s.file_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        counts.put(rs.getLong(1), new long[] {rs.getLong(2) - rs.getLong(3), 0, 0});
        unknown += rs.getLong(3);
      }
    }
    log.debug(
        "counted the first load, {} of unknown enterprises, in {} ms",
        unknown,
        (System.nanoTime() - start) / 1_000_000);
    if (unknown > 0) {
      unknownEnterprise("txn", "enterprise_id", "");
    }
    return counts;
  }

  /**
   * Takes the later occurrences of duplicate keys out of a first load's {@code txn}, into the
   * quarantine, as {@link #quarantineDuplicates} does for staged rows: one pass groups the keys,
   * and only the rows of keys that occur more than once are compared.
   */
  private void quarantineDuplicatesOfFirstLoad() throws SQLException {
    execute(
        "CREATE TEMPORARY TABLE first_load_duplicate ON COMMIT DROP AS"
            + " SELECT t.file_id, t.line_no, t.txn_id FROM txn t WHERE t.txn_id IN"
            + " (SELECT txn_id FROM txn GROUP BY txn_id HAVING COUNT(*) > 1)");
    // keep only the rows that have an earlier occurrence
    execute(
        "DELETE FROM first_load_duplicate s WHERE NOT EXISTS (SELECT 1 FROM first_load_duplicate o"
            + " WHERE o.txn_id = s.txn_id"
            + " AND "
            + COMES_BEFORE
            + ")");
    execute(
        "INSERT INTO quarantine (batch_id, file_id, line_no, column_name, raw_value, reason_zh, reason_en)"
            + " SELECT ?, file_id, line_no, 'txn_id', txn_id, '"
            + DUPLICATE_ZH
            + "', '"
            + DUPLICATE_EN
            + "' FROM first_load_duplicate");
    execute(
        "DELETE FROM txn t WHERE EXISTS (SELECT 1 FROM first_load_duplicate d"
            + " WHERE d.file_id = t.file_id AND d.line_no = t.line_no)");
    execute("DROP TABLE first_load_duplicate");
  }

  private Map<Long, long[]> count(StoreTable t) throws SQLException {
    String same = sameRow(t);
    String k0 = t.key().get(0);
    String sql =
        "SELECT s.file_id,"
            + " SUM(CASE WHEN t."
            + k0
            + " IS NULL THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN t."
            + k0
            + " IS NOT NULL AND NOT ("
            + same
            + ") THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN t."
            + k0
            + " IS NOT NULL AND ("
            + same
            + ") THEN 1 ELSE 0 END)"
            + " FROM "
            + t.staging()
            + " s LEFT JOIN "
            + t.table()
            + " t ON "
            + keyOn(t)
            + " WHERE s.batch_id = ? GROUP BY s.file_id";
    Map<Long, long[]> out = new HashMap<>();
    long start = System.nanoTime();
    try (PreparedStatement ps = prepare(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
      }
    }
    log.debug("counted {} in {} ms", t.table(), (System.nanoTime() - start) / 1_000_000);
    return out;
  }

  private String mergeSql(StoreTable t) {
    List<String> data = new java.util.ArrayList<>(t.columns());
    data.addAll(t.derived());
    String sourceColumns = "batch_id, file_id, line_no, " + String.join(", ", data);
    String update =
        data.stream()
            .filter(c -> !t.key().contains(c))
            .map(c -> c + " = s." + c)
            .collect(Collectors.joining(", "));
    String guard = t == StoreTable.LOAN ? " AND s.status_date >= t.status_date" : "";
    return "MERGE INTO "
        + t.table()
        + " t USING (SELECT "
        + sourceColumns
        + " FROM "
        + t.staging()
        + " WHERE batch_id = ?) s ON ("
        + keyOn(t)
        + ")"
        + " WHEN MATCHED AND NOT ("
        + sameRow(t)
        + ")"
        + guard
        + " THEN UPDATE SET "
        + update
        + ", batch_id = s.batch_id, file_id = s.file_id, line_no = s.line_no"
        + " WHEN NOT MATCHED THEN INSERT ("
        + sourceColumns
        + ") VALUES ("
        + java.util.Arrays.stream(sourceColumns.split(", "))
            .map(c -> "s." + c)
            .collect(Collectors.joining(", "))
        + ")";
  }

  private static String historySql() {
    return "MERGE INTO loan_status_history h USING (SELECT loan_id, status_date, status, outstanding,"
        + " overdue_days, five_category, batch_id FROM stg_loan WHERE batch_id = ?) s"
        + " ON (h.loan_id = s.loan_id AND h.status_date = s.status_date)"
        + " WHEN MATCHED THEN UPDATE SET status = s.status, outstanding = s.outstanding,"
        + " overdue_days = s.overdue_days, five_category = s.five_category, batch_id = s.batch_id"
        + " WHEN NOT MATCHED THEN INSERT (loan_id, status_date, status, outstanding, overdue_days,"
        + " five_category, batch_id) VALUES (s.loan_id, s.status_date, s.status, s.outstanding,"
        + " s.overdue_days, s.five_category, s.batch_id)";
  }

  private void collectFlowKeys() throws SQLException {
    execute(
        "INSERT INTO stg_flow_key (batch_id, enterprise_id, account_id, flow_day)"
            + " SELECT DISTINCT ?, enterprise_id, account_id, CAST(booked_at AS DATE) FROM ("
            + " SELECT s.enterprise_id, s.account_id, s.booked_at FROM stg_txn s WHERE s.batch_id = "
            + batchId
            + " UNION ALL SELECT t.enterprise_id, t.account_id, t.booked_at FROM txn t JOIN stg_txn s"
            + " ON s.txn_id = t.txn_id WHERE s.batch_id = "
            + batchId
            + ") k");
  }

  private void refreshFlowAggregates() throws SQLException {
    if (postgres) {
      execute("ANALYZE stg_flow_key");
      execute("ANALYZE txn");
    }
    execute(
        "DELETE FROM flow_daily f WHERE EXISTS (SELECT 1 FROM stg_flow_key k WHERE k.batch_id = ?"
            + " AND k.enterprise_id = f.enterprise_id AND k.flow_day = f.flow_day)");
    // both aggregates are rebuilt for every account of a touched (enterprise, day), so both are
    // deleted by (enterprise, day): deleting balances only for the touched account left another
    // account's row of that day in the way of its rebuild
    execute(
        "DELETE FROM balance_daily b WHERE EXISTS (SELECT 1 FROM stg_flow_key k WHERE k.batch_id = ?"
            + " AND k.enterprise_id = b.enterprise_id AND k.flow_day = b.flow_day)");
    new DailyAggregates(connection, postgres).rebuild(batchId);
    emptyStaging("stg_flow_key");
  }

  private static String keyOn(StoreTable t) {
    return t.key().stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "));
  }

  private static String sameRow(StoreTable t) {
    return t.columns().stream()
        .map(c -> "t." + c + " IS NOT DISTINCT FROM s." + c)
        .collect(Collectors.joining(" AND "));
  }

  /** Prepares a statement and binds the batch id to every {@code ?} in it. */
  private PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement ps = connection.prepareStatement(sql);
    int params = (int) sql.chars().filter(c -> c == '?').count();
    for (int i = 1; i <= params; i++) {
      ps.setLong(i, batchId);
    }
    return ps;
  }

  /** Whether a query whose every {@code ?} is the batch id returns a row. */
  private boolean exists(String sql) throws SQLException {
    try (PreparedStatement ps = prepare(sql)) {
      ps.setMaxRows(1);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Runs a statement whose every {@code ?} is the batch id; returns the rows it changed. */
  private int execute(String sql) throws SQLException {
    long start = System.nanoTime();
    try (PreparedStatement ps = prepare(sql)) {
      int rows = ps.executeUpdate();
      if (log.isDebugEnabled()) {
        log.debug(
            "{} rows in {} ms: {}",
            rows,
            (System.nanoTime() - start) / 1_000_000,
            sql.length() > 120 ? sql.substring(0, 120) : sql);
      }
      return rows;
    }
  }
}
