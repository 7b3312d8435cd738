package io.loanradar.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loanradar.app.TestDatabases;
import io.loanradar.app.score.LoanOutcomes;
import io.loanradar.app.score.SnapshotReader;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Import on a real PostgreSQL. */
class PostgresImporterIT extends ImporterIT {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.postgres(registry);
  }

  @Test
  void aFirstLoadWritesStraightIntoTxnAndLeavesEveryIndexAsItWas() throws Exception {
    Map<String, String> before = droppableIndexes();
    assertThat(before).containsKeys("txn_pkey", "txn_enterprise_day", "flow_daily_pkey");

    ImportReport report = importFiles(GOOD);

    assertThat(report.exitCode()).isZero();
    assertThat(firstLoadMessages()).contains(FirstLoad.STRAIGHT_INTO_TXN);
    assertThat(droppableIndexes()).isEqualTo(before);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stg_txn", Long.class)).isZero();
  }

  @Autowired LoanOutcomes outcomes;
  @Autowired SnapshotReader snapshots;

  /** A first load whose process stops right after the commit, as if killed there. */
  private ImportReport commitOnly(java.nio.file.Path... files) throws Exception {
    return importer.importPaths(
        List.of(files), ImportRequest.of("tester", "test", TODAY), ImportProgress.NONE, false);
  }

  /** No task is left, and the aggregates it built are those a recount of {@code txn} gives. */
  private void assertEverythingDerived() {
    assertThat(tasks()).isEmpty();
    assertAggregatesEqualARecountOfEveryTransaction();
  }

  private List<String> tasks() {
    return jdbc.queryForList(
        "SELECT table_name FROM derive_task ORDER BY batch_id, task_no", String.class);
  }

  @Test
  void aFirstLoadCommitsItsCheckedRowsAndLeavesItsIndexesAndAggregatesToBuildAfter()
      throws Exception {
    Map<String, String> before = droppableIndexes();

    ImportReport report = commitOnly(GOOD);

    assertThat(report.exitCode()).isZero();
    assertThat(report.committed()).isLessThanOrEqualTo(report.elapsed());
    // the rows and their key (the duplicate check) came with the batch; the rest waits
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM txn", Long.class)).isPositive();
    assertThat(tasks()).containsExactly("txn", "flow_daily", "balance_daily");
    assertThat(droppableIndexes()).containsOnlyKeys("txn_pkey");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flow_daily", Long.class)).isZero();

    derived.complete();

    assertEverythingDerived();
    assertThat(droppableIndexes()).isEqualTo(before);
  }

  @Test
  void aReaderOfTheAggregatesBuildsWhatACommittedBatchLeft() throws Exception {
    commitOnly(GOOD);
    assertThat(tasks()).hasSize(3);

    // the first flow day the back-tests start from: read after the build, not from empty tables
    assertThat(outcomes.span()).isPresent();

    assertEverythingDerived();
  }

  @Test
  void snapshotsReadTheFlowsOfABatchWhoseAggregatesWereLeftToBuild() throws Exception {
    commitOnly(GOOD);

    List<Integer> flowDays = snapshots.map(LocalDate.of(2025, 2, 28), 1, s -> s.flows().size());

    assertThat(tasks()).isEmpty();
    assertThat(flowDays.stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM flow_daily", Integer.class))
        .isPositive();
  }

  @Test
  void theWebApplicationBuildsWhatAKilledImportLeftInTheBackground() throws Exception {
    commitOnly(GOOD);

    derived.buildLeftoversInTheBackground();

    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
    while (!tasks().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEverythingDerived();
  }

  @Test
  void aFirstLoadSaysWhenItsBatchHasCommittedAndItsDerivedDataIsBeingBuilt() throws Exception {
    List<Long> deriving = new java.util.ArrayList<>();
    List<Long> tasksAtThatMoment = new java.util.ArrayList<>();
    Runnable count = () -> tasksAtThatMoment.add((long) tasks().size());

    ImportReport first =
        importer.importPaths(
            List.of(GOOD),
            ImportRequest.of("tester", "test", TODAY),
            derivingInto(deriving, count));
    importer.importPaths(
        List.of(
            write(
                "transactions.csv",
                "txn_id,enterprise_id,account_id,booked_at,amount,direction,balance_after\n"
                    + "T9,E001,A001,2025-01-06T18:00:00,2500.00,OUT,417500.00\n")),
        ImportRequest.of("tester", "test", TODAY),
        derivingInto(deriving, count));

    // said once, for the first load, while its three tasks were waiting; nothing for the next
    assertThat(deriving).containsExactly(first.batchId());
    assertThat(tasksAtThatMoment).containsExactly(3L);
    assertThat(tasks()).isEmpty();
  }

  @Test
  void aBatchWhoseDerivedDataFailsAfterItsCommitIsReportedAsImported() throws Exception {
    List<Long> deriving = new java.util.ArrayList<>();
    Runnable breakOne =
        () ->
            jdbc.update(
                "INSERT INTO derive_task (batch_id, task_no, table_name, statements)"
                    + " SELECT MAX(batch_id), 0, 'txn', 'CREATE INDEX txn_broken ON txn (no_such_column)'"
                    + " FROM derive_task");

    ImportReport report =
        importer.importPaths(
            List.of(GOOD),
            ImportRequest.of("tester", "test", TODAY),
            derivingInto(deriving, breakOne));

    // the batch stands and says so; the broken task stays for whoever builds next
    assertThat(report.exitCode()).isZero();
    assertThat(jdbc.queryForObject("SELECT status FROM import_batch", String.class))
        .isEqualTo("COMMITTED");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM txn", Long.class)).isPositive();
    assertThat(jdbc.queryForList("SELECT task_no FROM derive_task", Integer.class))
        .containsExactly(0);
    assertAggregatesEqualARecountOfEveryTransaction();
    jdbc.update("DELETE FROM derive_task");
  }

  @Test
  void theNextBatchBuildsWhatTheLastOneLeftBeforeItMerges() throws Exception {
    commitOnly(GOOD);

    importFiles(
        write(
            "transactions.csv",
            "txn_id,enterprise_id,account_id,booked_at,amount,direction,balance_after\n"
                + "T9,E001,A001,2025-01-06T18:00:00,2500.00,OUT,417500.00\n"));

    assertEverythingDerived();
  }

  @Test
  void buildersOnTwoThreadsAtOnceBuildEachTaskOnce() throws Exception {
    Map<String, String> before = droppableIndexes();
    commitOnly(GOOD);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> a = pool.submit(() -> derived.awaitComplete());
      Future<?> b = pool.submit(() -> derived.awaitComplete());
      a.get();
      b.get();
    } finally {
      pool.shutdownNow();
    }
    assertEverythingDerived();
    assertThat(droppableIndexes()).isEqualTo(before);
  }

  @Test
  void aTaskThatFailsKeepsItsRowAndSaysWhy() throws Exception {
    commitOnly(GOOD);
    long batch = jdbc.queryForObject("SELECT MAX(batch_id) FROM derive_task", Long.class);
    jdbc.update(
        "INSERT INTO derive_task (batch_id, task_no, table_name, statements) VALUES (?, 0, 'txn',"
            + " 'CREATE INDEX txn_broken ON txn (no_such_column)')",
        batch);

    assertThatThrownBy(() -> derived.complete())
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("no_such_column");

    // the broken task rolled back whole and stays, tried once; the others were built
    assertThat(jdbc.queryForList("SELECT task_no FROM derive_task", Integer.class))
        .containsExactly(0);
    assertThat(droppableIndexes())
        .doesNotContainKey("txn_broken")
        .containsKey("txn_enterprise_day");
    assertAggregatesEqualARecountOfEveryTransaction();
    jdbc.update("DELETE FROM derive_task");
  }

  @Override
  Map<String, String> droppableIndexes() {
    return jdbc.execute(
        (ConnectionCallback<Map<String, String>>)
            c -> SchemaIndexes.of(c, "txn", "flow_daily", "balance_daily"));
  }
}
