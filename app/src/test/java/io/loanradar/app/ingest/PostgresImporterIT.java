package io.loanradar.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.loanradar.app.TestDatabases;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Import on a real PostgreSQL. */
class PostgresImporterIT extends ImporterIT {

  /**
   * What {@code FirstLoad} logs, caught at its logger whatever the console does and at INFO
   * whatever the root level is: the command line sets {@code logging.level.root} to WARN for the
   * JVM, and CLI tests run earlier in the same one.
   */
  private final ListAppender<ILoggingEvent> firstLoadLog = new ListAppender<>();

  private Level levelBefore;

  @BeforeEach
  void listen() {
    Logger logger = (Logger) LoggerFactory.getLogger(FirstLoad.class);
    levelBefore = logger.getLevel();
    logger.setLevel(Level.INFO);
    firstLoadLog.start();
    logger.addAppender(firstLoadLog);
  }

  @AfterEach
  void stopListening() {
    Logger logger = (Logger) LoggerFactory.getLogger(FirstLoad.class);
    logger.detachAppender(firstLoadLog);
    logger.setLevel(levelBefore);
  }

  private List<String> firstLoadMessages() {
    return firstLoadLog.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.postgres(registry);
  }

  @Test
  void aFirstLoadWritesStraightIntoTxnAndLeavesEveryIndexAsItWas() throws Exception {
    Map<String, String> before = indexes();
    assertThat(before).containsKeys("txn_pkey", "txn_enterprise_day", "flow_daily_pkey");

    ImportReport report = importFiles(GOOD);

    assertThat(report.exitCode()).isZero();
    assertThat(firstLoadMessages()).contains(FirstLoad.STRAIGHT_INTO_TXN);
    assertThat(indexes()).isEqualTo(before);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stg_txn", Long.class)).isZero();
  }

  /**
   * A first load's indexes are built again also when none of its transactions is kept: every row
   * quarantined, or the file found undecodable half-way and rejected after its first rows were
   * written.
   */
  @Test
  void aFirstLoadThatKeepsNoTransactionStillBuildsTheIndexesAgain() throws Exception {
    Map<String, String> before = indexes();
    ImportReport orphans =
        importFiles(
            write(
                "transactions.csv",
                "txn_id,enterprise_id,account_id,booked_at,amount,direction\n"
                    + "Z1,NOWHERE,A1,2025-01-01,1.00,IN\n"));
    assertThat(orphans.files().get(0).quarantined()).isEqualTo(1);
    assertThat(indexes()).isEqualTo(before);

    Path gbk = dir.resolve("transactions.csv");
    StringBuilder body =
        new StringBuilder(
            "txn_id,enterprise_id,account_id,booked_at,amount,direction,counterparty_name\n");
    for (int i = 0; i < 3000; i++) {
      body.append("G")
          .append(i)
          .append(",E001,A1,2025-01-01,1.00,IN,")
          .append(i == 2500 ? "广州南粤贸易有限公司" : "Plain Trading Co")
          .append('\n');
    }
    Files.writeString(gbk, body, Charset.forName("GB18030"));
    importFiles(Path.of("src/test/resources/contract/good/enterprises.csv"));
    ImportReport undecodable =
        importer.importPaths(
            List.of(gbk),
            new ImportRequest(
                "tester", "test", Optional.empty(), Optional.of(StandardCharsets.UTF_8), TODAY));

    assertThat(undecodable.files().get(0).rejection()).contains("UTF-8");
    // both batches with transactions were first loads; the one with enterprises only was not
    assertThat(firstLoadMessages())
        .containsExactly(FirstLoad.STRAIGHT_INTO_TXN, FirstLoad.STRAIGHT_INTO_TXN);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM txn", Long.class)).isZero();
    assertThat(indexes()).isEqualTo(before);
  }

  private Map<String, String> indexes() {
    return jdbc.execute(
        (ConnectionCallback<Map<String, String>>)
            c -> SchemaIndexes.of(c, "txn", "flow_daily", "balance_daily"));
  }
}
