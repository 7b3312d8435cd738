package io.loanradar.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loanradar.app.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keys and indexes of empty tables dropped for a first load and built again (PostgreSQL). */
class DeferredIndexesIT {

  private Connection c;

  @BeforeEach
  void schema() throws SQLException {
    c = DriverManager.getConnection(TestDatabases.freshPostgresSchema(), "postgres", "");
    c.setAutoCommit(false);
    run(
        "CREATE TABLE parent (id VARCHAR(10) PRIMARY KEY, code VARCHAR(10) UNIQUE, day DATE)",
        "CREATE INDEX parent_day ON parent (day)",
        "CREATE INDEX parent_code_part ON parent (code) WHERE day IS NOT NULL",
        "CREATE TABLE child (id VARCHAR(10) PRIMARY KEY, parent_id VARCHAR(10) REFERENCES parent)",
        "CREATE TABLE filled (id VARCHAR(10) PRIMARY KEY, day DATE)",
        "CREATE INDEX filled_day ON filled (day)",
        "INSERT INTO filled VALUES ('f1', DATE '2026-01-01')",
        "CREATE TABLE plain (id VARCHAR(10) NOT NULL, day DATE)",
        "CREATE UNIQUE INDEX plain_id ON plain (id)");
    c.commit();
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  @Test
  void dropsOnlyWhatEmptyUnreferencedTablesHaveAndBuildsItAgainAsDefined() throws SQLException {
    Map<String, String> before = indexes();
    assertThat(before)
        .containsKeys("plain_id", "filled_pkey", "filled_day", "parent_pkey", "parent_day");

    DeferredIndexes deferred =
        DeferredIndexes.dropWhereEmpty(c, List.of("parent", "child", "filled", "plain"));

    assertThat(deferred.any()).isTrue();
    // parent is referenced by child's foreign key, filled holds a row: both keep theirs
    assertThat(indexes())
        .containsOnlyKeys(
            "parent_pkey",
            "parent_code_key",
            "parent_day",
            "parent_code_part",
            "filled_pkey",
            "filled_day");
    run("INSERT INTO child VALUES ('c1', NULL), ('c1', NULL)", "DELETE FROM child");
    run("INSERT INTO plain VALUES ('p1', NULL), ('p2', DATE '2026-02-01')");

    deferred.build();

    assertThat(indexes()).isEqualTo(before);
    assertThat(deferred.any()).isFalse();
    assertThatThrownBy(() -> run("INSERT INTO plain VALUES ('p1', NULL)"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("plain_id");
  }

  @Test
  void aBuildThatFindsDuplicateKeysFailsAndTheRollbackRestoresEverything() throws SQLException {
    Map<String, String> before = indexes();
    DeferredIndexes deferred = DeferredIndexes.dropWhereEmpty(c, List.of("child", "plain"));
    run("INSERT INTO child VALUES ('c1', NULL), ('c1', NULL)");

    assertThatThrownBy(deferred::build)
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("child_pkey");

    c.rollback();
    assertThat(indexes()).isEqualTo(before);
    assertThat(count("child")).isZero();
  }

  /**
   * A first load that writes straight into its tables needs all of them without indexes: one that
   * holds a row keeps everything in place. Keys are built on their own first, so that a duplicate
   * can be dealt with before the other indexes are built.
   */
  @Test
  void dropsForAFirstLoadOnlyWhenEveryTableQualifiesAndBuildsKeysFirst() throws SQLException {
    Map<String, String> before = indexes();
    assertThat(DeferredIndexes.dropIfEveryOneEmpty(c, List.of("plain", "filled"))).isEmpty();
    assertThat(indexes()).isEqualTo(before);

    DeferredIndexes deferred =
        DeferredIndexes.dropIfEveryOneEmpty(c, List.of("plain", "child")).orElseThrow();
    assertThat(indexes()).doesNotContainKeys("plain_id", "child_pkey");
    run("INSERT INTO child VALUES ('c1', NULL), ('c1', NULL)");
    var beforeKey = c.setSavepoint();
    assertThatThrownBy(() -> deferred.buildKeys("child"))
        .isInstanceOfSatisfying(
            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
    c.rollback(beforeKey);
    run("DELETE FROM child");
    deferred.buildKeys("child");
    assertThat(indexes()).containsKey("child_pkey").doesNotContainKey("plain_id");

    deferred.build();
    assertThat(indexes()).isEqualTo(before);
  }

  /**
   * A session that may write rows but does not own the tables, as when a bank runs the application
   * under a user without DDL rights, leaves every index in place instead of failing the batch.
   */
  @Test
  void aSessionThatDoesNotOwnTheTablesKeepsTheirIndexes() throws SQLException {
    String role = "lr_it_writer";
    run(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '"
            + role
            + "') THEN CREATE ROLE "
            + role
            + " LOGIN; END IF; END $$",
        "GRANT USAGE ON SCHEMA " + schemaName() + " TO " + role,
        "GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA " + schemaName() + " TO " + role);
    c.commit();
    Map<String, String> before = indexes();
    try {
      try (Connection writer =
          DriverManager.getConnection(
              TestDatabases.postgresUrl()
                  + (TestDatabases.postgresUrl().contains("?") ? "&" : "?")
                  + "currentSchema="
                  + schemaName(),
              role,
              "")) {
        writer.setAutoCommit(false);
        DeferredIndexes deferred =
            DeferredIndexes.dropWhereEmpty(writer, List.of("child", "plain"));
        assertThat(deferred.any()).isFalse();
        deferred.build();
        writer.commit();
      }
      assertThat(indexes()).isEqualTo(before);
    } finally {
      run("DROP OWNED BY " + role, "DROP ROLE " + role);
      c.commit();
    }
  }

  private String schemaName() throws SQLException {
    return c.getSchema();
  }

  private Map<String, String> indexes() throws SQLException {
    return SchemaIndexes.of(c);
  }

  private long count(String table) throws SQLException {
    try (Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void run(String... sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }
}
