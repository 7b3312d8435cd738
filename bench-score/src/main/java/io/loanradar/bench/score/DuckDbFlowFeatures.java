package io.loanradar.bench.score;

import io.loanradar.core.feature.FeatureNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reference: DuckDB, in process, reads {@code transactions.csv} and computes the daily and
 * monthly flow aggregates (per enterprise, direction and purpose), the daily balances and, from
 * them, the flow features of {@code docs/features.md} with the same windows and missing rules.
 */
final class DuckDbFlowFeatures {

  /** The features both sides compute. */
  static final List<String> SHARED =
      List.of(
          "inflow_3m",
          "inflow_6m",
          "inflow_12m",
          "outflow_3m",
          "outflow_6m",
          "outflow_12m",
          "net_flow_3m",
          "net_flow_6m",
          "net_flow_12m",
          FeatureNames.INFLOW_TREND,
          FeatureNames.INFLOW_VOLATILITY,
          FeatureNames.PEAK_MONTH,
          FeatureNames.SEASONAL_AMPLITUDE,
          FeatureNames.MIN_BALANCE_90D,
          FeatureNames.LARGE_OUTFLOW_COUNT_90D);

  private final Path transactions;
  private final int threads;

  DuckDbFlowFeatures(Path transactions, int threads) {
    this.transactions = transactions;
    this.threads = threads;
  }

  /** Loads DuckDB's native library, a once-per-JVM cost kept out of the timed runs. */
  static void warmUp() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      c.isValid(1);
    }
  }

  /** Features by enterprise id, computed in a fresh in-memory database. */
  Map<String, Map<String, Double>> compute(LocalDate asOf) throws SQLException, IOException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET threads = " + threads);
      s.execute("SET preserve_insertion_order = false");
      step(s, "load", loadSql(asOf));
      step(s, "daily", dailySql());
      step(s, "monthly", monthlySql(asOf));
      step(s, "balance", balanceSql(asOf));
      Map<String, Map<String, Double>> out = new HashMap<>();
      String sql = featureSql(asOf);
      try (ResultSet rs = query(s, sql)) {
        while (rs.next()) {
          Map<String, Double> f = new HashMap<>();
          for (int i = 0; i < SHARED.size(); i++) {
            double v = rs.getDouble(i + 2);
            if (!rs.wasNull()) {
              f.put(SHARED.get(i), v);
            }
          }
          out.put(rs.getString(1), f);
        }
      }
      return out;
    }
  }

  /** Runs one statement and reports its time on standard error. */
  private static void step(Statement s, String name, String sql) throws SQLException {
    long start = System.nanoTime();
    s.execute(sql);
    System.err.printf(
        Locale.ROOT, "  duckdb %s: %.2f s%n", name, (System.nanoTime() - start) / 1e9);
  }

  private static ResultSet query(Statement s, String sql) throws SQLException {
    try {
      return s.executeQuery(sql);
    } catch (SQLException e) {
      throw new SQLException(e.getMessage() + "\n" + sql, e);
    }
  }

  /**
   * Loads the columns the features need. Amounts are parsed as DOUBLE and cast to DECIMAL(20,2),
   * which is exact for two-decimal yuan amounts below 10^13 and far faster in DuckDB 1.4 than
   * parsing DECIMAL (or casting VARCHAR to DECIMAL) in the CSV reader.
   */
  private String loadSql(LocalDate asOf) throws IOException {
    boolean fx = header().contains("fx_rate");
    String amount =
        fx
            ? "CAST(amount * COALESCE(fx_rate, 1) AS DECIMAL(20,2))"
            : "CAST(amount AS DECIMAL(20,2))";
    return "CREATE TABLE txn AS SELECT txn_id, enterprise_id, account_id, booked_at,"
        + " CAST(booked_at AS DATE) AS day, direction, COALESCE(purpose, 'OTHER') AS purpose, "
        + amount
        + " AS amount, CAST(balance_after AS DECIMAL(20,2)) AS balance_after FROM read_csv('"
        + transactions.toAbsolutePath().toString().replace("'", "''")
        + "', header = true, types = {'txn_id': 'VARCHAR', 'enterprise_id': 'VARCHAR',"
        + " 'account_id': 'VARCHAR', 'booked_at': 'TIMESTAMP', 'amount': 'DOUBLE',"
        + " 'direction': 'VARCHAR', 'purpose': 'VARCHAR', 'balance_after': 'DOUBLE'"
        + (fx ? ", 'fx_rate': 'DOUBLE'" : "")
        + "}) WHERE CAST(booked_at AS DATE) <= "
        + date(asOf);
  }

  private String header() throws IOException {
    try (BufferedReader r = Files.newBufferedReader(transactions, StandardCharsets.UTF_8)) {
      String line = r.readLine();
      return line == null ? "" : line;
    }
  }

  /** Daily totals, counts and largest amount per enterprise, day, direction and purpose. */
  private static String dailySql() {
    return "CREATE TABLE daily AS SELECT enterprise_id, day, direction, purpose,"
        + " SUM(amount) AS total, COUNT(*) AS txn_count, MAX(amount) AS max_amount"
        + " FROM txn GROUP BY ALL";
  }

  /**
   * Monthly aggregates by direction and purpose over the days a snapshot carries (731 days up to
   * the as-of date); months as an index year * 12 + month - 1.
   */
  private static String monthlySql(LocalDate asOf) {
    return "CREATE TABLE monthly AS SELECT enterprise_id, year(day) * 12 + month(day) - 1 AS mi,"
        + " direction, purpose, SUM(total) AS total, SUM(txn_count) AS txn_count,"
        + " MAX(max_amount) AS max_amount FROM daily WHERE day BETWEEN "
        + date(asOf.minusDays(731))
        + " AND "
        + date(asOf)
        + " GROUP BY ALL";
  }

  /** Lowest and closing balance per account and day over the 120 days a snapshot carries. */
  private static String balanceSql(LocalDate asOf) {
    return "CREATE TABLE balance AS SELECT enterprise_id, account_id, day,"
        + " MIN(balance_after) AS min_balance,"
        + " arg_max(balance_after, (booked_at, txn_id)) AS close_balance"
        + " FROM txn WHERE balance_after IS NOT NULL AND day BETWEEN "
        + date(asOf.minusDays(120))
        + " AND "
        + date(asOf)
        + " GROUP BY ALL";
  }

  private static String featureSql(LocalDate asOf) {
    int last = asOf.getYear() * 12 + asOf.getMonthValue() - 1;
    LocalDate yearStart = asOf.withDayOfMonth(1).minusMonths(11);
    LocalDate recentStart = asOf.minusDays(89);
    StringBuilder windows = new StringBuilder();
    for (int w : List.of(3, 6, 12)) {
      String ok = "first <= " + (last - w + 1);
      String in = "SUM(i) FILTER (mi > " + (last - w) + ")";
      String out = "SUM(o) FILTER (mi > " + (last - w) + ")";
      windows.append(String.format("CASE WHEN %s THEN %s END AS in%d, ", ok, in, w));
      windows.append(String.format("CASE WHEN %s THEN %s END AS out%d, ", ok, out, w));
      windows.append(String.format("CASE WHEN %s THEN %s - %s END AS net%d, ", ok, in, out, w));
    }
    int yearFirst = last - 11;
    return "WITH m AS (SELECT enterprise_id, mi,"
        + " COALESCE(SUM(total) FILTER (direction = 'IN'), 0)::DOUBLE AS i,"
        + " COALESCE(SUM(total) FILTER (direction = 'OUT'), 0)::DOUBLE AS o"
        + " FROM monthly GROUP BY ALL),"
        + " f AS (SELECT enterprise_id, MIN(mi) AS first FROM m GROUP BY ALL),"
        + " grid AS (SELECT enterprise_id, first, unnest(range(first, "
        + (last + 1)
        + ")) AS mi FROM f),"
        + " filled AS (SELECT g.enterprise_id, g.first, g.mi, COALESCE(m.i, 0) AS i,"
        + " COALESCE(m.o, 0) AS o FROM grid g LEFT JOIN m USING (enterprise_id, mi)),"
        + " sums AS (SELECT enterprise_id, first, "
        + windows
        + " regr_slope(i, mi) FILTER (mi >= "
        + yearFirst
        + ") AS slope, AVG(i) FILTER (mi >= "
        + yearFirst
        + ") AS mean12, stddev_pop(i) FILTER (mi >= "
        + yearFirst
        + ") AS sd12 FROM filled GROUP BY enterprise_id, first),"
        + " calendar AS (SELECT enterprise_id, mi % 12 AS cm, AVG(i) AS a FROM filled GROUP BY ALL),"
        + " season AS (SELECT enterprise_id, first(cm ORDER BY a DESC, cm) + 1 AS peak,"
        + " MAX(a) AS top, AVG(a) AS overall FROM calendar GROUP BY ALL),"
        + " outday AS (SELECT enterprise_id, day, SUM(total::DOUBLE) AS t,"
        + " MAX(max_amount::DOUBLE) AS mx FROM daily WHERE direction = 'OUT' AND day BETWEEN "
        + date(yearStart)
        + " AND "
        + date(asOf)
        + " GROUP BY ALL),"
        + " large AS (SELECT o.enterprise_id, COUNT(*) FILTER (o.day >= "
        + date(recentStart)
        + " AND o.mx > 3 * md.md) AS n FROM outday o JOIN"
        + " (SELECT enterprise_id, median(t) AS md FROM outday GROUP BY ALL) md"
        + " USING (enterprise_id) GROUP BY ALL),"
        + " delta AS (SELECT enterprise_id, day, close_balance - COALESCE(LAG(close_balance)"
        + " OVER (PARTITION BY enterprise_id, account_id ORDER BY day), 0) AS d FROM balance),"
        + " level AS (SELECT enterprise_id, day, SUM(SUM(d)) OVER (PARTITION BY enterprise_id"
        + " ORDER BY day) AS level FROM delta GROUP BY enterprise_id, day),"
        + " lowest AS (SELECT enterprise_id,"
        + " MIN(level) FILTER (day >= "
        + date(recentStart)
        + ") AS inside, CASE WHEN NOT bool_or(day = "
        + date(recentStart)
        + ") THEN arg_max(level, day) FILTER (day < "
        + date(recentStart)
        + ") END AS carried FROM level GROUP BY ALL),"
        + " ids AS (SELECT enterprise_id FROM f UNION SELECT enterprise_id FROM lowest)"
        + " SELECT ids.enterprise_id, in3, in6, in12, out3, out6, out12, net3, net6, net12,"
        + " CASE WHEN first <= "
        + yearFirst
        + " AND mean12 <> 0 THEN slope / mean12 END,"
        + " CASE WHEN first <= "
        + yearFirst
        + " AND mean12 <> 0 THEN sd12 / mean12 END,"
        + " CASE WHEN first <= "
        + yearFirst
        + " AND overall <> 0 THEN peak END,"
        + " CASE WHEN first <= "
        + yearFirst
        + " AND overall <> 0 THEN top / overall END,"
        + " LEAST(COALESCE(inside, carried), COALESCE(carried, inside))::DOUBLE,"
        + " large.n"
        + " FROM ids LEFT JOIN sums USING (enterprise_id) LEFT JOIN season USING (enterprise_id)"
        + " LEFT JOIN large USING (enterprise_id) LEFT JOIN lowest USING (enterprise_id)";
  }

  private static String date(LocalDate d) {
    return "DATE '" + d + "'";
  }
}
