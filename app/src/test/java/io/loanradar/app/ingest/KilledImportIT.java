package io.loanradar.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.loanradar.app.TestDatabases;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch killed with SIGKILL half-way leaves nothing behind (or, killed after its commit, all of
 * it), and importing it again ends in the same state as an uninterrupted run. Runs the packaged
 * command line in child processes.
 */
class KilledImportIT {

  static final int ROWS = 250_000;
  static final Path JAR = Path.of("target/loanradar.jar");

  @TempDir Path dir;

  @Test
  void killedH2ImportLeavesNothingAndARerunMatchesACleanRun() throws Exception {
    Path files = bigBatch();
    Path killedStore = dir.resolve("killed");
    Path cleanStore = dir.resolve("clean");

    killMidway(List.of("--data-dir", killedStore.toString()), Map.of(), files);
    assertThat(state(h2(killedStore))).isEqualTo(List.of(0L, 0L, 0L, 0L));

    assertThat(runImport(List.of("--data-dir", killedStore.toString()), Map.of(), files)).isZero();
    assertThat(runImport(List.of("--data-dir", cleanStore.toString()), Map.of(), files)).isZero();
    assertThat(state(h2(killedStore)))
        .isEqualTo(state(h2(cleanStore)))
        .element(1)
        .isEqualTo((long) ROWS);
  }

  @Test
  void killedPostgresImportLeavesNothingAndARerunMatchesACleanRun() throws Exception {
    String killed = TestDatabases.freshPostgresSchema();
    String clean = TestDatabases.freshPostgresSchema();
    Path files = bigBatch();

    // killed while copying into txn, whose keys and indexes the first load had dropped
    killMidway(List.of(), postgres(killed), files);
    assertThat(state(pg(killed))).isEqualTo(List.of(0L, 0L, 0L, 0L));

    assertThat(runImport(List.of(), postgres(clean), files)).isZero();
    assertThat(indexes(pg(killed)))
        .isEqualTo(indexes(pg(clean)))
        .containsKeys("txn_pkey", "txn_enterprise_day", "flow_daily_pkey", "balance_daily_pkey");
    assertThat(runImport(List.of(), postgres(killed), files)).isZero();
    assertThat(state(pg(killed))).isEqualTo(state(pg(clean))).element(1).isEqualTo((long) ROWS);
  }

  /**
   * Killed while it writes the daily aggregates of a first load, which PostgreSQL builds after the
   * batch's commit (see {@code DerivedData}): the batch is kept whole, the aggregate being written
   * is not there at all, its task is left, and the next run builds it, ending as a clean run.
   */
  @Test
  void postgresImportKilledWhileBuildingItsAggregatesKeepsTheBatchAndTheNextRunBuildsThem()
      throws Exception {
    String killed = TestDatabases.freshPostgresSchema();
    String clean = TestDatabases.freshPostgresSchema();
    Path files = bigBatch();
    String tag = "killed-" + Long.toString(System.nanoTime(), 36);

    Process process = start(List.of(), postgres(killed + "&ApplicationName=" + tag), files);
    Thread drain =
        new Thread(
            () -> {
              try {
                process.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
              } catch (IOException e) {
                // the process was killed
              }
            });
    drain.start();
    try (Connection watch = pg(killed);
        var ps =
            watch.prepareStatement(
                "SELECT 1 FROM pg_stat_activity WHERE application_name = ? AND state = 'active'"
                    + " AND query LIKE 'INSERT INTO flow_daily%'")) {
      ps.setString(1, tag);
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      boolean writing = false;
      while (!writing && process.isAlive() && System.nanoTime() < deadline) {
        try (var rs = ps.executeQuery()) {
          writing = rs.next();
        }
        if (!writing) {
          Thread.sleep(5);
        }
      }
      process.destroyForcibly();
      assertThat(writing).as("the import was killed while writing flow_daily").isTrue();
    }
    process.waitFor(60, TimeUnit.SECONDS);
    drain.join(10_000);

    assertThat(state(pg(killed))).isEqualTo(List.of(200L, (long) ROWS, 0L, 0L));
    assertThat(tasks(pg(killed))).contains("flow_daily");
    assertThat(indexes(pg(killed))).doesNotContainKey("flow_daily_pkey").containsKey("txn_pkey");

    assertThat(runImport(List.of(), postgres(clean), files)).isZero();
    assertThat(runImport(List.of(), postgres(killed), files)).isZero();
    assertThat(state(pg(killed))).isEqualTo(state(pg(clean))).element(1).isEqualTo((long) ROWS);
    assertThat(indexes(pg(killed))).isEqualTo(indexes(pg(clean)));
    assertThat(tasks(pg(killed))).isEmpty();
  }

  /** What committed batches left to build, by table. */
  private static List<String> tasks(Connection c) throws SQLException {
    try (c;
        var st = c.createStatement();
        var rs = st.executeQuery("SELECT table_name FROM derive_task ORDER BY task_no")) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }

  /** Index definitions of the transactions and their aggregates, without the schema's name. */
  private static Map<String, String> indexes(Connection c) throws SQLException {
    try (c) {
      return SchemaIndexes.of(c, "txn", "flow_daily", "balance_daily");
    }
  }

  private Path bigBatch() throws IOException {
    Path out = Files.createDirectories(dir.resolve("batch"));
    try (BufferedWriter w = Files.newBufferedWriter(out.resolve("enterprises.csv"))) {
      w.write("enterprise_id,name\n");
      for (int e = 0; e < 200; e++) {
        w.write("K" + e + ",测试企业" + e + "有限公司\n");
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(out.resolve("transactions.csv"))) {
      w.write("txn_id,enterprise_id,account_id,booked_at,amount,direction,purpose,balance_after\n");
      for (int i = 0; i < ROWS; i++) {
        int e = i % 200;
        w.write(
            "KT"
                + i
                + ",K"
                + e
                + ",A"
                + e
                + ",2024-"
                + String.format("%02d-%02dT10:%02d:00", 1 + i % 12, 1 + i % 28, i % 60)
                + ","
                + (100 + i % 9000)
                + ".25,"
                + (i % 3 == 0 ? "OUT" : "IN")
                + ",SALES_RECEIPT,"
                + (i % 50000)
                + ".00\n");
      }
    }
    return out;
  }

  private static Process start(List<String> storeArgs, Map<String, String> env, Path files)
      throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                JAR.toString(),
                "import"));
    command.addAll(storeArgs);
    command.add(files.resolve("enterprises.csv").toString());
    command.add(files.resolve("transactions.csv").toString());
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().putAll(env);
    builder.environment().remove("SPRING_DATASOURCE_URL");
    builder.environment().putAll(env);
    return builder.start();
  }

  private static void killMidway(List<String> storeArgs, Map<String, String> env, Path files)
      throws Exception {
    Process process = start(storeArgs, env, files);
    boolean sawProgress = false;
    try (BufferedReader err =
        new BufferedReader(
            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        if (line.contains("transactions.csv: 100,000")) {
          sawProgress = true;
          process.destroyForcibly();
          break;
        }
      }
    }
    process.waitFor(60, TimeUnit.SECONDS);
    assertThat(sawProgress).as("the import was killed while reading transactions").isTrue();
  }

  private static int runImport(List<String> storeArgs, Map<String, String> env, Path files)
      throws Exception {
    Process process = start(storeArgs, env, files);
    process.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    return process.exitValue();
  }

  private static Map<String, String> postgres(String url) {
    return Map.of(
        "SPRING_DATASOURCE_URL",
        url,
        "SPRING_DATASOURCE_USERNAME",
        "postgres",
        "SPRING_DATASOURCE_PASSWORD",
        "");
  }

  private static Connection h2(Path store) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:h2:file:"
            + store.resolve("loanradar")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE",
        "sa",
        "");
  }

  private static Connection pg(String url) throws SQLException {
    return DriverManager.getConnection(url, "postgres", "");
  }

  /** Enterprises, transactions, flow aggregate rows and the sum of their totals (in fen). */
  private static List<Long> state(Connection c) throws SQLException {
    try (c;
        var st = c.createStatement()) {
      List<Long> out = new ArrayList<>();
      for (String sql :
          List.of(
              "SELECT COUNT(*) FROM enterprise",
              "SELECT COUNT(*) FROM txn",
              "SELECT COUNT(*) FROM flow_daily",
              "SELECT COALESCE(SUM(total) * 100, 0) FROM flow_daily")) {
        try (var rs = st.executeQuery(sql)) {
          rs.next();
          out.add(rs.getBigDecimal(1).longValueExact());
        }
      }
      return out;
    }
  }
}
