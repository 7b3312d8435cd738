package io.loanradar.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The two stores the integration tests run on: an embedded H2 in a fresh folder, and a real
 * PostgreSQL (127.0.0.1:5432 database {@code test} unless {@code it.pg.url} or {@code
 * LOANRADAR_IT_PG_URL} says otherwise) in a fresh schema. PostgreSQL tests skip with a message when
 * no server answers on a developer's machine, and fail in CI.
 */
public final class TestDatabases {

  /** Schemas this test run created; dropped when the test JVM exits. */
  private static final java.util.Set<String> SCHEMAS =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(TestDatabases::dropSchemas, "drop-test-schemas"));
  }

  private TestDatabases() {}

  private static void dropSchemas() {
    if (SCHEMAS.isEmpty()) {
      return;
    }
    try (Connection c =
            DriverManager.getConnection(
                postgresUrl(), System.getProperty("it.pg.user", "postgres"), "");
        var st = c.createStatement()) {
      for (String schema : SCHEMAS) {
        st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    } catch (SQLException e) {
      System.err.println("could not drop test schemas " + SCHEMAS + ": " + e.getMessage());
    }
  }

  /** Points the application at a fresh embedded H2 store. */
  public static void h2(DynamicPropertyRegistry registry) {
    dataDir(registry, "loanradar-it-h2");
  }

  /**
   * Gives the application a fresh data folder (store, demo files, scorecard copy), so that no test
   * writes into the working tree.
   */
  private static void dataDir(DynamicPropertyRegistry registry, String prefix) {
    try {
      Path dir = Files.createTempDirectory(prefix);
      registry.add("loanradar.data-dir", dir::toString);
      registry.add("loanradar.scoring.after-import", () -> "false");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Points the application at a fresh schema of the test PostgreSQL. */
  public static void postgres(DynamicPropertyRegistry registry) {
    String base = postgresUrl();
    requirePostgres(base);
    String schema = "lr_it_" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
    SCHEMAS.add(schema);
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> System.getProperty("it.pg.user", "postgres"));
    registry.add("spring.datasource.password", () -> "");
    registry.add("spring.flyway.schemas", () -> schema);
    registry.add("spring.flyway.create-schemas", () -> "true");
    // every test class on PostgreSQL keeps its application, and so its pool, cached for the
    // run: at Hikari's default of ten connections held open each, a dozen classes exhaust the
    // server's 100. Five at most, one kept when idle
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> "5");
    registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
    registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
    dataDir(registry, "loanradar-it-pg");
  }

  /**
   * Creates a fresh, empty schema in the test PostgreSQL and returns a JDBC URL whose current
   * schema it is (for child processes, which run Flyway in it themselves).
   */
  public static String freshPostgresSchema() throws SQLException {
    String base = postgresUrl();
    requirePostgres(base);
    String schema = "lr_it_" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
    try (Connection c =
            DriverManager.getConnection(base, System.getProperty("it.pg.user", "postgres"), "");
        var st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
      SCHEMAS.add(schema);
    }
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** The JDBC URL of the test PostgreSQL database. */
  public static String postgresUrl() {
    String env = System.getenv("LOANRADAR_IT_PG_URL");
    return env != null
        ? env
        : System.getProperty("it.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
  }

  private static void requirePostgres(String url) {
    try (Connection c =
        DriverManager.getConnection(url, System.getProperty("it.pg.user", "postgres"), "")) {
      c.isValid(2);
    } catch (SQLException e) {
      String message = "PostgreSQL is not reachable at " + url + ": " + e.getMessage();
      if (System.getenv("CI") != null) {
        Assertions.fail(message + " (required in CI)");
      }
      Assumptions.abort(message + " — skipping the PostgreSQL integration tests on this machine");
    }
  }
}
