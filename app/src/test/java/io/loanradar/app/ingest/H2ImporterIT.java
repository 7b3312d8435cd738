package io.loanradar.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.loanradar.app.TestDatabases;
import io.loanradar.app.store.StoreTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Import on the embedded H2 store. */
class H2ImporterIT extends ImporterIT {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }

  /** H2 builds a first load's aggregates and indexes inside the batch: nothing is left after. */
  @Test
  void aFirstLoadOnH2LeavesNothingToBuildAfterItsCommit() throws Exception {
    List<Long> deriving = new ArrayList<>();
    ImportReport report =
        importer.importPaths(
            List.of(GOOD),
            ImportRequest.of("tester", "test", TODAY),
            derivingInto(deriving, () -> {}));

    assertThat(report.exitCode()).isZero();
    assertThat(firstLoadMessages()).contains(FirstLoad.STRAIGHT_INTO_TXN);
    assertThat(deriving).isEmpty();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM derive_task", Long.class)).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flow_daily", Long.class)).isPositive();
  }

  /**
   * H2 keeps every group of a grouped query in memory unless it reads them in order from an index.
   * The duplicate check groups a batch's staged rows by key, for transactions millions of them, so
   * for every kind it has to be one H2 plans as "group sorted".
   */
  @Test
  void findsDuplicateKeysOneGroupAtATimeForEveryKind() {
    for (StoreTable t : StoreTable.values()) {
      String plan =
          jdbc.queryForObject(
              "EXPLAIN " + Merger.duplicateKeysSql(t).replace("?", "1"), String.class);
      assertThat(plan).as(t.staging()).contains("group sorted");
    }
  }

  /**
   * A first load sums its aggregates in one pass over every transaction in (enterprise, day) order,
   * which on H2 has to come from the index: a sort would hold the whole table in memory.
   */
  @Test
  void sumsAFirstLoadsAggregatesAlongTheEnterpriseDayIndex() {
    String plan =
        jdbc.queryForObject("EXPLAIN " + DailyAggregates.WHOLE_TXN_IN_DAY_ORDER, String.class);
    assertThat(plan).contains("txn_enterprise_day").contains("index sorted");
  }
}
