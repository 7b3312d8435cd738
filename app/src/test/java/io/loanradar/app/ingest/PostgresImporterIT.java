package io.loanradar.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.loanradar.app.TestDatabases;
import java.util.Map;
import org.junit.jupiter.api.Test;
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

  @Override
  Map<String, String> droppableIndexes() {
    return jdbc.execute(
        (ConnectionCallback<Map<String, String>>)
            c -> SchemaIndexes.of(c, "txn", "flow_daily", "balance_daily"));
  }
}
