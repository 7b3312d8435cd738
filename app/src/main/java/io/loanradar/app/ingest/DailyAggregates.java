package io.loanradar.app.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Rebuilds {@code flow_daily} and {@code balance_daily} for the (enterprise, day) pairs a batch
 * touched: per day the totals, counts and largest amount by direction and purpose (in CNY), and per
 * account the lowest and the closing balance. PostgreSQL computes them in two grouped statements;
 * other stores in one ordered pass over the transactions.
 */
final class DailyAggregates {

  private static final int BATCH = 2_000;

  /** Where a statement is narrowed to the touched pairs. */
  private static final String TOUCHED = "/*touched*/";

  private static final String FLOW_DAILY = statement("flow_daily.sql");
  private static final String BALANCE_DAILY = statement("balance_daily.sql");

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(DailyAggregates.class);

  private final Connection connection;
  private final boolean postgres;

  /**
   * @param postgres whether the store is PostgreSQL (aggregated in the database) rather than H2
   *     (aggregated in one ordered pass here)
   */
  DailyAggregates(Connection connection, boolean postgres) {
    this.connection = connection;
    this.postgres = postgres;
  }

  void rebuild(long batchId) throws SQLException {
    if (postgres) {
      rebuildInDatabase(batchId);
    } else {
      rebuildInOnePass(batchId);
    }
  }

  /**
   * The same sums as {@link #rebuildInOnePass} as two grouped statements, which PostgreSQL runs
   * with hash joins and no round trip per row. The statements live in {@code db/aggregates}, where
   * the bench loader reads them too, narrowed here to the pairs the batch touched.
   */
  private void rebuildInDatabase(long batchId) throws SQLException {
    String touched =
        "JOIN (SELECT DISTINCT enterprise_id, flow_day FROM stg_flow_key WHERE batch_id = ?) k"
            + " ON k.enterprise_id = t.enterprise_id AND k.flow_day = t.flow_day";
    groupedBySorting(
        () -> {
          run(FLOW_DAILY.replace(TOUCHED, touched), batchId);
          run(BALANCE_DAILY.replace(TOUCHED, touched), batchId);
        });
  }

  /**
   * Sums the aggregates of a batch whose transactions all fall on days the store had none of (see
   * {@code Merger}), from the staged rows instead of from {@code txn}: the same statements, the
   * same rows, without joining the touched days back to the table just written (PostgreSQL).
   */
  void buildFromStaged(long batchId) throws SQLException {
    String staged = "(SELECT * FROM stg_txn WHERE batch_id = ?) t";
    groupedBySorting(
        () -> {
          run(FLOW_DAILY.replace("txn t " + TOUCHED, staged), batchId);
          run(BALANCE_DAILY.replace("txn t " + TOUCHED, staged), batchId);
        });
  }

  /**
   * Sums the aggregates of a first load on H2 from {@code txn} itself, which holds only the batch's
   * rows (see {@code FirstLoad}): one pass over the table in the order of its (enterprise, day)
   * index, so nothing is sorted. PostgreSQL builds them after the commit, one table at a time (see
   * {@link #buildWhole}).
   */
  void buildFromTxn() throws SQLException {
    if (postgres) {
      throw new IllegalStateException(
          "PostgreSQL builds a first load's aggregates after its commit");
    }
    onePass(WHOLE_TXN_IN_DAY_ORDER, null);
  }

  /** The aggregate tables, each built from the whole of {@code txn} by {@link #buildWhole}. */
  static final List<String> TABLES = List.of("flow_daily", "balance_daily");

  /**
   * Sums one aggregate table ({@code flow_daily} or {@code balance_daily}) from the whole of {@code
   * txn} (PostgreSQL), which must hold no row of it yet.
   */
  void buildWhole(String table) throws SQLException {
    String sql =
        switch (table) {
          case "flow_daily" -> FLOW_DAILY;
          case "balance_daily" -> BALANCE_DAILY;
          default -> throw new IllegalArgumentException("not a daily aggregate: " + table);
        };
    if (!DeferredIndexes.empty(connection, table)) {
      throw new IllegalStateException(
          table + " already holds rows; it is built from txn only once");
    }
    groupedBySorting(() -> run(sql.replace(TOUCHED, ""), null));
  }

  /**
   * Runs the aggregate statements with PostgreSQL's hash aggregation switched off for the batch's
   * transaction, then back to the server's setting. The planner caps its estimate of the groups at
   * a tenth of the rows (501 thousand for 5 M staged transactions, where there are 4.4 million), so
   * it chose a hash table that did not fit {@code work_mem}, spilled it to disk and then sorted the
   * groups for the insert anyway: 23.6 s for {@code flow_daily}'s groups of the 10,000-enterprise
   * bank, against 8.9 s for one sort that yields the groups already in key order. The rows are
   * inserted in that order either way (see {@code flow_daily.sql}).
   */
  private void groupedBySorting(Statements statements) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("SET LOCAL enable_hashagg = off");
      statements.run();
      s.execute("SET LOCAL enable_hashagg TO DEFAULT");
    }
  }

  /** Statements run under one planner setting. */
  @FunctionalInterface
  private interface Statements {
    void run() throws SQLException;
  }

  private static String statement(String name) {
    String path = "/db/aggregates/" + name;
    try (InputStream in = DailyAggregates.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing " + path);
      }
      String sql =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.startsWith("--"))
              .collect(Collectors.joining(" "))
              .trim();
      if (!sql.contains("FROM txn t " + TOUCHED)) {
        throw new IllegalStateException(path + " lacks FROM txn t " + TOUCHED);
      }
      return sql;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a statement, binding the batch id to its one parameter unless it is null. */
  private void run(String sql, Long batchId) throws SQLException {
    long start = System.nanoTime();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      if (batchId != null) {
        ps.setLong(1, batchId);
      }
      int rows = ps.executeUpdate();
      log.debug(
          "{} rows in {} ms: {}",
          rows,
          (System.nanoTime() - start) / 1_000_000,
          sql.substring(0, 40));
    }
  }

  /** What the one pass reads of each transaction, in the order {@link #onePass} takes it. */
  private static final String ONE_PASS_COLUMNS =
      "t.enterprise_id, t.flow_day, t.account_id, t.direction, COALESCE(t.purpose, 'OTHER'),"
          + " t.amount, t.fx_rate, t.balance_after, t.booked_at, t.txn_id";

  /**
   * Every transaction in (enterprise, day) order, read along {@code txn_enterprise_day} (H2): a
   * sort would hold the whole table.
   */
  static final String WHOLE_TXN_IN_DAY_ORDER =
      "SELECT "
          + ONE_PASS_COLUMNS
          + " FROM txn t USE INDEX (txn_enterprise_day) ORDER BY t.enterprise_id, t.flow_day";

  private void rebuildInOnePass(long batchId) throws SQLException {
    onePass(
        "SELECT "
            + ONE_PASS_COLUMNS
            + " FROM txn t"
            + " JOIN (SELECT DISTINCT enterprise_id, flow_day FROM stg_flow_key WHERE batch_id = ?) k"
            + " ON k.enterprise_id = t.enterprise_id AND k.flow_day = t.flow_day"
            + " ORDER BY t.enterprise_id, t.flow_day",
        batchId);
  }

  /**
   * Sums each (enterprise, day) of a scan ordered by enterprise and day and inserts its rows when
   * the next one starts. Within a day the rows may come in any order: the closing balance is that
   * of the latest booking (then the greatest transaction id), as in {@code balance_daily.sql}.
   */
  private void onePass(String scan, Long batchId) throws SQLException {
    long start = System.nanoTime();
    long days = 0;
    try (PreparedStatement read = connection.prepareStatement(scan);
        Writer writer = new Writer(connection)) {
      if (batchId != null) {
        read.setLong(1, batchId);
      }
      read.setFetchSize(5_000);
      try (ResultSet rs = read.executeQuery()) {
        Day day = null;
        while (rs.next()) {
          String enterprise = rs.getString(1);
          Date date = rs.getDate(2);
          if (day == null || !day.enterprise.equals(enterprise) || !day.date.equals(date)) {
            if (day != null) {
              writer.write(day);
              days++;
            }
            day = new Day(enterprise, date);
          }
          BigDecimal amount = rs.getBigDecimal(6);
          BigDecimal fx = rs.getBigDecimal(7);
          if (fx != null) {
            amount = amount.multiply(fx).setScale(2, RoundingMode.HALF_UP);
          }
          day.flow(rs.getString(4), rs.getString(5), amount);
          day.balance(rs.getString(3), rs.getBigDecimal(8), rs.getTimestamp(9), rs.getString(10));
        }
        if (day != null) {
          writer.write(day);
          days++;
        }
      }
    }
    log.debug(
        "{} enterprise days summed in one pass in {} ms",
        days,
        (System.nanoTime() - start) / 1_000_000);
  }

  /** One enterprise-day being summed. */
  private static final class Day {
    final String enterprise;
    final Date date;
    final Map<String, Object[]> flows = new TreeMap<>();
    final Map<String, Balance> balances = new TreeMap<>();

    Day(String enterprise, Date date) {
      this.enterprise = enterprise;
      this.date = date;
    }

    void flow(String direction, String purpose, BigDecimal amount) {
      Object[] f =
          flows.computeIfAbsent(
              direction + "|" + purpose, k -> new Object[] {BigDecimal.ZERO, 0L, amount});
      f[0] = ((BigDecimal) f[0]).add(amount);
      f[1] = (Long) f[1] + 1;
      if (amount.compareTo((BigDecimal) f[2]) > 0) {
        f[2] = amount;
      }
    }

    void balance(String account, BigDecimal after, Timestamp bookedAt, String txnId) {
      if (after == null) {
        return;
      }
      Balance b = balances.get(account);
      if (b == null) {
        balances.put(account, new Balance(after, bookedAt, txnId));
      } else {
        b.add(after, bookedAt, txnId);
      }
    }
  }

  /** An account's lowest balance of a day and its balance after the day's latest booking. */
  private static final class Balance {
    BigDecimal min;
    BigDecimal close;
    Timestamp closeAt;
    String closeTxn;

    Balance(BigDecimal after, Timestamp bookedAt, String txnId) {
      min = after;
      close = after;
      closeAt = bookedAt;
      closeTxn = txnId;
    }

    void add(BigDecimal after, Timestamp bookedAt, String txnId) {
      if (after.compareTo(min) < 0) {
        min = after;
      }
      int later = bookedAt.compareTo(closeAt);
      if (later > 0 || (later == 0 && txnId.compareTo(closeTxn) > 0)) {
        close = after;
        closeAt = bookedAt;
        closeTxn = txnId;
      }
    }
  }

  /** Batched inserts of finished days. */
  private static final class Writer implements AutoCloseable {
    final PreparedStatement flows;
    final PreparedStatement balances;
    int pending;

    Writer(Connection c) throws SQLException {
      flows =
          c.prepareStatement(
              "INSERT INTO flow_daily (enterprise_id, flow_day, direction, purpose, total, txn_count, max_amount)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?)");
      balances =
          c.prepareStatement(
              "INSERT INTO balance_daily (enterprise_id, account_id, flow_day, min_balance, close_balance)"
                  + " VALUES (?, ?, ?, ?, ?)");
    }

    void write(Day day) throws SQLException {
      for (var e : day.flows.entrySet()) {
        String[] key = e.getKey().split("\\|", 2);
        Object[] f = e.getValue();
        flows.setString(1, day.enterprise);
        flows.setDate(2, day.date);
        flows.setString(3, key[0]);
        flows.setString(4, key[1]);
        flows.setBigDecimal(5, (BigDecimal) f[0]);
        flows.setLong(6, (Long) f[1]);
        flows.setBigDecimal(7, (BigDecimal) f[2]);
        flows.addBatch();
        pending++;
      }
      for (var e : day.balances.entrySet()) {
        balances.setString(1, day.enterprise);
        balances.setString(2, e.getKey());
        balances.setDate(3, day.date);
        balances.setBigDecimal(4, e.getValue().min);
        balances.setBigDecimal(5, e.getValue().close);
        balances.addBatch();
        pending++;
      }
      if (pending >= BATCH) {
        flush();
      }
    }

    void flush() throws SQLException {
      flows.executeBatch();
      balances.executeBatch();
      pending = 0;
    }

    @Override
    public void close() throws SQLException {
      try {
        flush();
      } finally {
        flows.close();
        balances.close();
      }
    }
  }
}
