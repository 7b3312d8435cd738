package io.loanradar.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import io.loanradar.app.TestDatabases;
import io.loanradar.app.security.DataScope;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For the whole bank the workbench's lists read the first entries of their partial indexes
 * (migration V10) instead of sorting every open opportunity and alert. The alert index is built on
 * the alert queue's severity order written out; if that order changes, this test says the index no
 * longer serves it.
 */
@SpringBootTest
class PostgresWorkbenchPlansIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.postgres(registry);
  }

  /** The plan PostgreSQL would choose if scanning whole tables and sorting were dear. */
  private String plan(String sql, Object... params) {
    return transactions.execute(
        status -> {
          jdbc.execute("SET LOCAL enable_seqscan = off");
          jdbc.execute("SET LOCAL enable_sort = off");
          return String.join("\n", jdbc.queryForList("EXPLAIN " + sql, String.class, params));
        });
  }

  @Test
  void theWholeBanksListsWalkTheirIndexesInTheOrderShown() {
    DataScope all = DataScope.all();
    LocalDate until = LocalDate.of(2026, 12, 31);

    assertThat(plan(Workbench.opportunitiesSql(all)))
        .contains("opportunity_open_by_priority")
        .doesNotContain("Sort");
    assertThat(plan(Workbench.alertsSql(all)))
        .contains("warning_alert_open_by_severity")
        .doesNotContain("Sort");
    assertThat(plan(Workbench.dueSql(all), until, until))
        .contains("opportunity_open_by_due")
        .contains("watchlist_active_by_review");
  }
}
