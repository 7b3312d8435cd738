package io.loanradar.app.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * What a committed batch left to build from its rows: the indexes of {@code txn} and the daily
 * aggregates with their keys, after a first load into PostgreSQL (see {@code FirstLoad}).
 *
 * <p>Inside one transaction PostgreSQL runs one statement at a time, on one core. Once the rows are
 * committed, other connections see them, so the two aggregates and the indexes are built at the
 * same time on {@link #CONNECTIONS} connections: at 5 M transactions the two aggregate statements
 * took 24.4 s one after the other and 14.8 s side by side on this project's two-core machine.
 *
 * <p>Each task is a row of {@code derive_task}, written by the batch's transaction and deleted by
 * the transaction that does the task's work, so that work happens once and entirely: a process
 * killed half-way leaves the row, and whoever next needs the data builds it. {@link #complete} is
 * called by each batch before it merges and after it commits, and by every reader of the daily
 * aggregates; it returns at once when nothing is left, and otherwise takes the tasks no one is
 * working on and waits for the rest.
 */
@Service
public class DerivedData {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DerivedData.class);

  /** Connections that build at the same time: the two aggregates, then the indexes. */
  static final int CONNECTIONS = 2;

  private final DataSource dataSource;

  /** Creates the builder over the store's data source. */
  public DerivedData(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Leaves a task for after the batch's commit, in the batch's transaction: to sum {@code table}
   * from {@code txn} when it is a daily aggregate, then to run {@code ddl} (keys and indexes).
   */
  static void schedule(Connection batch, long batchId, int taskNo, String table, List<String> ddl)
      throws SQLException {
    for (String statement : ddl) {
      if (statement.contains("\n")) {
        throw new IllegalArgumentException("a statement spans lines: " + statement);
      }
    }
    try (PreparedStatement ps =
        batch.prepareStatement(
            "INSERT INTO derive_task (batch_id, task_no, table_name, statements) VALUES (?, ?, ?, ?)")) {
      ps.setLong(1, batchId);
      ps.setInt(2, taskNo);
      ps.setString(3, table);
      ps.setString(4, String.join("\n", ddl));
      ps.executeUpdate();
    }
  }

  /**
   * Builds whatever committed batches left to build and returns when nothing is left: the tasks no
   * other process is working on here, on up to {@link #CONNECTIONS} connections, then waits for
   * those another process holds.
   *
   * @throws SQLException when a task fails; its work is rolled back and its row stays
   */
  public void complete() throws SQLException {
    complete(() -> {});
  }

  /** {@link #complete}, calling {@code starting} first when there is anything to build. */
  void complete(Runnable starting) throws SQLException {
    if (!pending()) {
      return;
    }
    starting.run();
    long start = System.nanoTime();
    int done = 0;
    do {
      done += runAvailable();
    } while (waitForOthers());
    if (done > 0) {
      log.info(
          "derived data: {} tasks built in {} ms", done, (System.nanoTime() - start) / 1_000_000);
    }
  }

  /**
   * {@link #complete}, for readers that cannot throw {@link SQLException}.
   *
   * @throws IllegalStateException when a task fails
   */
  public void awaitComplete() {
    try {
      complete();
    } catch (SQLException e) {
      throw new IllegalStateException("building the store's derived data failed: " + e, e);
    }
  }

  /**
   * When the web application starts, builds in the background what a process killed after its
   * batch's commit left, so that the first person to open a customer page does not wait for it.
   * Command-line runs build it when they need it.
   */
  @EventListener(WebServerInitializedEvent.class)
  void buildLeftoversInTheBackground() {
    Thread builder =
        new Thread(
            () -> {
              try {
                complete();
              } catch (SQLException | RuntimeException e) {
                log.warn("building what an earlier batch left failed; readers will try again", e);
              }
            },
            "derive-leftovers");
    builder.setDaemon(true);
    builder.start();
  }

  private boolean pending() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT 1 FROM derive_task LIMIT 1")) {
      return rs.next();
    }
  }

  /**
   * Runs every unclaimed task on up to {@link #CONNECTIONS} threads; the number it ran. A task that
   * fails is rolled back and not tried again in this run, so the others are still built; the first
   * failure is then thrown, with the others suppressed.
   */
  private int runAvailable() throws SQLException {
    Set<Task> failed = ConcurrentHashMap.newKeySet();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            CONNECTIONS,
            r -> {
              Thread t = new Thread(r, "derive");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Integer>> workers = new ArrayList<>();
      for (int i = 0; i < CONNECTIONS; i++) {
        workers.add(pool.submit(() -> work(failed)));
      }
      int done = 0;
      SQLException failure = null;
      for (Future<Integer> w : workers) {
        try {
          done += w.get();
        } catch (ExecutionException e) {
          SQLException cause =
              e.getCause() instanceof SQLException s
                  ? s
                  : new SQLException("building derived data failed: " + e.getCause(), e.getCause());
          if (failure == null) {
            failure = cause;
          } else {
            failure.addSuppressed(cause);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new SQLException("interrupted while building derived data", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
      return done;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * One connection's loop: claim a task no one holds and none failed in this run, do it, delete it,
   * commit; until none is left.
   */
  private int work(Set<Task> failed) throws SQLException {
    int done = 0;
    SQLException failure = null;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        for (Task task = claim(c, failed); task != null; task = claim(c, failed)) {
          try {
            run(c, task);
            try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM derive_task WHERE batch_id = ? AND task_no = ?")) {
              ps.setLong(1, task.batchId());
              ps.setInt(2, task.taskNo());
              ps.executeUpdate();
            }
            c.commit();
            done++;
          } catch (SQLException | RuntimeException thrown) {
            c.rollback();
            failed.add(task);
            SQLException e =
                thrown instanceof SQLException sql
                    ? sql
                    : new SQLException("building " + task.table() + " failed: " + thrown, thrown);
            log.warn(
                "building {} for batch {} failed: {}",
                task.table(),
                task.batchId(),
                e.getMessage());
            if (failure == null) {
              failure = e;
            } else {
              failure.addSuppressed(e);
            }
          }
        }
        c.rollback();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
    if (failure != null) {
      throw failure;
    }
    return done;
  }

  /** A task and what it builds, as read from its row. */
  private record Task(long batchId, int taskNo, String table, List<String> ddl) {}

  private static Task claim(Connection c, Set<Task> failed) throws SQLException {
    StringBuilder sql =
        new StringBuilder("SELECT batch_id, task_no, table_name, statements FROM derive_task");
    for (Task f : failed) {
      sql.append(sql.indexOf(" WHERE ") < 0 ? " WHERE " : " AND ")
          .append("NOT (batch_id = ")
          .append(f.batchId())
          .append(" AND task_no = ")
          .append(f.taskNo())
          .append(')');
    }
    sql.append(" ORDER BY batch_id, task_no LIMIT 1 FOR UPDATE SKIP LOCKED");
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql.toString())) {
      if (!rs.next()) {
        return null;
      }
      String statements = rs.getString(4);
      return new Task(
          rs.getLong(1),
          rs.getInt(2),
          rs.getString(3),
          statements.isEmpty() ? List.of() : Arrays.asList(statements.split("\n")));
    }
  }

  private static void run(Connection c, Task task) throws SQLException {
    long start = System.nanoTime();
    try (Statement s = c.createStatement()) {
      s.execute("SET LOCAL work_mem = '" + Merger.PG_WORK_MEM + "'");
      s.execute("SET LOCAL maintenance_work_mem = '" + DeferredIndexes.MAINTENANCE_WORK_MEM + "'");
      if (DailyAggregates.TABLES.contains(task.table())) {
        new DailyAggregates(c, true).buildWhole(task.table());
      }
      for (String ddl : task.ddl()) {
        long at = System.nanoTime();
        s.execute(ddl);
        log.debug("{} ms: {}", (System.nanoTime() - at) / 1_000_000, ddl);
      }
      s.execute("ANALYZE " + task.table());
    }
    log.debug(
        "derived {} for batch {} in {} ms",
        task.table(),
        task.batchId(),
        (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Waits until no other transaction holds a task and tells whether any is left (one whose builder
   * died or failed): then it is this caller's to run.
   */
  private boolean waitForOthers() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT batch_id FROM derive_task FOR UPDATE")) {
        return rs.next();
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    }
  }
}
