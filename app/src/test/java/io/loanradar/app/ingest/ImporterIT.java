package io.loanradar.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Import behaviour that must hold on every store; subclasses pick H2 or PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class ImporterIT {

  static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
  static final Path GOOD = Path.of("src/test/resources/contract/good");

  @Autowired Importer importer;
  @Autowired JdbcTemplate jdbc;
  @Autowired DerivedData derived;
  @TempDir Path dir;

  @BeforeEach
  void emptyStore() {
    // what an earlier test's batch left to build: the indexes are built, not lost with their task
    derived.awaitComplete();
    for (String table :
        List.of(
            "derive_task",
            "quarantine",
            "import_file",
            "flow_daily",
            "balance_daily",
            "loan_status_history",
            "txn",
            "loan",
            "enterprise")) {
      jdbc.update("DELETE FROM " + table);
    }
    jdbc.update("UPDATE import_lock SET holder = NULL");
    jdbc.update("DELETE FROM import_batch");
  }

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

  List<String> firstLoadMessages() {
    return firstLoadLog.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  /**
   * The keys and indexes of {@code txn}, {@code flow_daily} and {@code balance_daily} by name,
   * where the store lets a first load drop them (PostgreSQL); empty where it keeps them.
   */
  Map<String, String> droppableIndexes() {
    return Map.of();
  }

  ImportReport importFiles(Path... files) throws Exception {
    return importer.importPaths(List.of(files), ImportRequest.of("tester", "test", TODAY));
  }

  /** Records the batches said to be deriving, and runs {@code then} at that moment. */
  ImportProgress derivingInto(List<Long> batches, Runnable then) {
    return new ImportProgress() {
      @Override
      public void rowsRead(String file, long rows) {}

      @Override
      public void deriving(long batchId) {
        batches.add(batchId);
        then.run();
      }
    };
  }

  Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void importsEveryRowOfGoodFilesWithChineseNamesAndLineage() throws Exception {
    ImportReport report = importFiles(GOOD);

    assertThat(report.exitCode()).isZero();
    assertThat(report.files())
        .extracting(FileReport::fileName, FileReport::inserted)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("enterprises.csv", 3L),
            org.assertj.core.groups.Tuple.tuple("loans.csv", 1L),
            org.assertj.core.groups.Tuple.tuple("transactions.csv", 4L));
    assertThat(
            jdbc.queryForObject(
                "SELECT name FROM enterprise WHERE enterprise_id = 'E003'", String.class))
        .isEqualTo("上海\"同舟\"物流有限公司");
    Map<String, Object> lineage =
        jdbc.queryForMap(
            "SELECT e.batch_id, f.file_name, e.line_no, f.sha256 FROM enterprise e"
                + " JOIN import_file f ON f.file_id = e.file_id WHERE e.enterprise_id = 'E002'");
    assertThat(lineage.get("batch_id")).isEqualTo(report.batchId());
    assertThat(lineage.get("file_name")).isEqualTo("enterprises.csv");
    assertThat(lineage.get("line_no")).isEqualTo(3L);
    assertThat((String) lineage.get("sha256")).hasSize(64);
  }

  @Test
  void secondImportOfTheSameFilesChangesNothing() throws Exception {
    importFiles(GOOD);
    ImportReport again = importFiles(GOOD);

    assertThat(again.files())
        .allSatisfy(
            f -> {
              assertThat(f.inserted()).isZero();
              assertThat(f.updated()).isZero();
              assertThat(f.unchanged()).isEqualTo(f.rowsRead());
            });
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM txn", Long.class)).isEqualTo(4L);
    assertThat(jdbc.queryForObject("SELECT SUM(txn_count) FROM flow_daily", Long.class))
        .isEqualTo(4L);
  }

  @Test
  void keepsDailyFlowAggregatesByDirectionAndPurpose() throws Exception {
    importFiles(GOOD);

    assertThat(
            jdbc.queryForObject(
                "SELECT total FROM flow_daily WHERE enterprise_id = 'E001' AND flow_day = DATE '2025-01-05'"
                    + " AND direction = 'IN' AND purpose = 'SALES_RECEIPT'",
                java.math.BigDecimal.class))
        .isEqualByComparingTo("120000");
    assertThat(
            jdbc.queryForObject(
                "SELECT close_balance FROM balance_daily WHERE enterprise_id = 'E001'"
                    + " AND flow_day = DATE '2025-01-05'",
                java.math.BigDecimal.class))
        .isEqualByComparingTo("500000");
  }

  @Test
  void correctedTransactionMovesItsAmountBetweenDays() throws Exception {
    importFiles(GOOD);
    Path fix =
        write(
            "transactions.csv",
            "txn_id,enterprise_id,account_id,booked_at,amount,direction\n"
                + "T2,E001,A001,2025-01-07T10:00:00,25000.00,OUT\n");

    ImportReport report = importFiles(fix);

    assertThat(report.files().get(0).updated()).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM flow_daily WHERE enterprise_id = 'E001' AND direction = 'OUT'"
                    + " AND flow_day = DATE '2025-01-05'",
                Long.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT total FROM flow_daily WHERE enterprise_id = 'E001' AND flow_day = DATE '2025-01-07'",
                java.math.BigDecimal.class))
        .isEqualByComparingTo("25000");
  }

  @Test
  void storesEveryTimestampShapeAsTheMomentItNamesInShanghaiTime() throws Exception {
    importFiles(GOOD.resolve("enterprises.csv"));
    Path times =
        write(
            "transactions.csv",
            "txn_id,enterprise_id,account_id,booked_at,amount,direction\n"
                + "S1,E001,A001,2024-03-01T09:30:15,1.00,IN\n"
                + "S2,E001,A001,2024-03-01 23:59:59,1.00,IN\n"
                + "S3,E001,A001,2024-03-02T08:00,1.00,IN\n"
                + "S4,E001,A001,2024-03-02T08:00:00.250,1.00,IN\n"
                + "S5,E001,A001,2024-03-02T20:00:00Z,1.00,IN\n"
                + "S6,E001,A001,20240304,1.00,IN\n"
                + "S7,E001,A001,0999-12-31T00:00:01,1.00,IN\n");

    ImportReport report = importFiles(times);

    assertThat(report.files().get(0).inserted()).isEqualTo(7);
    assertThat(
            jdbc.query(
                "SELECT txn_id, booked_at, flow_day FROM txn ORDER BY txn_id",
                (rs, i) ->
                    rs.getString(1)
                        + " "
                        + rs.getObject(2, java.time.LocalDateTime.class)
                        + " "
                        + rs.getObject(3, LocalDate.class)))
        .containsExactly(
            "S1 2024-03-01T09:30:15 2024-03-01",
            "S2 2024-03-01T23:59:59 2024-03-01",
            "S3 2024-03-02T08:00 2024-03-02",
            "S4 2024-03-02T08:00:00.250 2024-03-02",
            "S5 2024-03-03T04:00 2024-03-03",
            "S6 2024-03-04T00:00 2024-03-04",
            "S7 0999-12-31T00:00:01 0999-12-31");
  }

  /** Every row of a table as text, numbers without trailing zeros, in key order. */
  private List<String> rows(String sql) {
    return jdbc.query(
        sql,
        (rs, i) -> {
          StringBuilder row = new StringBuilder();
          for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
            Object v = rs.getObject(c);
            row.append(
                    v instanceof java.math.BigDecimal d
                        ? d.stripTrailingZeros().toPlainString()
                        : String.valueOf(v))
                .append('|');
          }
          return row.toString();
        });
  }

  void assertAggregatesEqualARecountOfEveryTransaction() {
    assertThat(
            rows(
                "SELECT enterprise_id, flow_day, direction, purpose, total, txn_count, max_amount"
                    + " FROM flow_daily ORDER BY 1, 2, 3, 4"))
        .as("flow_daily")
        .isNotEmpty()
        .containsExactlyElementsOf(
            rows(
                "SELECT enterprise_id, flow_day, direction, p, SUM(cny), COUNT(*), MAX(cny) FROM"
                    + " (SELECT enterprise_id, flow_day, direction, COALESCE(purpose, 'OTHER') AS p,"
                    + " CASE WHEN fx_rate IS NULL THEN amount ELSE ROUND(amount * fx_rate, 2) END"
                    + " AS cny FROM txn) f GROUP BY enterprise_id, flow_day, direction, p"
                    + " ORDER BY 1, 2, 3, 4"));
    assertThat(
            rows(
                "SELECT enterprise_id, account_id, flow_day, min_balance, close_balance"
                    + " FROM balance_daily ORDER BY 1, 2, 3"))
        .as("balance_daily")
        .isNotEmpty()
        .containsExactlyElementsOf(
            rows(
                "SELECT t.enterprise_id, t.account_id, t.flow_day, MIN(t.balance_after),"
                    + " (SELECT x.balance_after FROM txn x WHERE x.enterprise_id = t.enterprise_id"
                    + " AND x.account_id = t.account_id AND x.flow_day = t.flow_day"
                    + " AND x.balance_after IS NOT NULL ORDER BY x.booked_at DESC, x.txn_id DESC"
                    + " LIMIT 1) FROM txn t WHERE t.balance_after IS NOT NULL"
                    + " GROUP BY t.enterprise_id, t.account_id, t.flow_day ORDER BY 1, 2, 3"));
  }

  @Test
  void dailyAggregatesEqualARecountAfterAppendedMergedAndCorrectedBatches() throws Exception {
    String header =
        "txn_id,enterprise_id,account_id,booked_at,amount,direction,purpose,balance_after\n";
    // a first load, then a delivery of later days only: on PostgreSQL both are appended, their
    // aggregates summed from the staged rows
    importFiles(GOOD);
    assertAggregatesEqualARecountOfEveryTransaction();
    importFiles(
        write(
            "transactions.csv",
            header
                + "T5,E001,A001,2025-01-08T09:00:00,30000.00,IN,SALES_RECEIPT,450000.00\n"
                + "T6,E001,A001,2025-01-08T16:00:00,1000.00,OUT,,449000.00\n"
                + "T7,E001,A002,2025-01-08T10:00:00,5000.00,IN,SALES_RECEIPT,5000.00\n"
                + "T8,E002,B001,2025-01-09T11:00:00,7000.00,IN,,87000.00\n"));
    assertAggregatesEqualARecountOfEveryTransaction();
    // a new transaction on a known day, then a correction moving one: merged, days rebuilt
    importFiles(
        write(
            "transactions.csv",
            header + "T9,E001,A001,2025-01-06T18:00:00,2500.00,OUT,SUPPLIER_PAYMENT,417500.00\n"));
    assertAggregatesEqualARecountOfEveryTransaction();
    importFiles(
        write(
            "transactions.csv",
            header + "T5,E001,A001,2025-01-09T09:00:00,30000.00,IN,SALES_RECEIPT,479000.00\n"));
    assertAggregatesEqualARecountOfEveryTransaction();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM txn", Long.class)).isEqualTo(9L);
  }

  /**
   * Duplicate keys within and across the files of a batch and an enterprise that exists nowhere end
   * the same way whether the transactions are the store's first (written straight into {@code txn},
   * see {@code FirstLoad}) or join transactions already kept (staged first).
   */
  @Test
  void aFirstLoadQuarantinesDuplicateAndOrphanTransactionsAsALaterBatchDoes() throws Exception {
    Path enterprises = write("enterprises.csv", "enterprise_id,name\nF1,甲有限公司\nF2,乙有限公司\n");
    String header = "txn_id,enterprise_id,account_id,booked_at,amount,direction,balance_after\n";
    Path first =
        write(
            "t1.csv",
            header
                + "Y1,F1,A1,2025-02-03T09:00:00,100.00,IN,100.00\n"
                + "Y2,F1,A1,2025-02-03T10:00:00,40.00,OUT,60.00\n"
                + "Y1,F1,A1,2025-02-04T09:00:00,999.00,IN,1059.00\n"
                + "Y3,F9,A9,2025-02-03T09:00:00,5.00,IN,5.00\n"
                + "Y4,F2,B1,2025-02-05T09:00:00,70.00,IN,70.00\n");
    Path second =
        write(
            "t2.csv",
            header
                + "Y2,F2,B1,2025-02-06T09:00:00,1.00,IN,71.00\n"
                + "Y5,F2,B1,2025-02-06T11:00:00,2.00,OUT,69.00\n");

    List<String> firstLoad = outcome(importFiles(enterprises, first, second));
    assertAggregatesEqualARecountOfEveryTransaction();

    emptyStore();
    // the store now holds one transaction, of an earlier day: the same batch is staged and merged
    importFiles(
        enterprises, write("t0.csv", header + "Y0,F2,B1,2025-01-02T09:00:00,10.00,IN,10.00\n"));
    List<String> later = outcome(importFiles(enterprises, first, second));
    assertAggregatesEqualARecountOfEveryTransaction();

    assertThat(firstLoad)
        .containsExactly(
            "t1.csv read 5 inserted 3 quarantined 2",
            "t2.csv read 2 inserted 1 quarantined 1",
            "t1.csv:4:txn_id:Y1:duplicate key in this batch; the first occurrence was kept",
            "t1.csv:5:enterprise_id:F9:the enterprise exists neither in the store nor in this batch",
            "t2.csv:2:txn_id:Y2:duplicate key in this batch; the first occurrence was kept",
            "Y1 F1 100 t1.csv:2",
            "Y2 F1 40 t1.csv:3",
            "Y4 F2 70 t1.csv:6",
            "Y5 F2 2 t2.csv:3");
    assertThat(later).isEqualTo(firstLoad);
  }

  /**
   * Only a batch that finds no transaction and no aggregate in the store writes its transactions
   * straight into {@code txn}; the next one is staged.
   */
  @Test
  void onlyTheFirstBatchOfTransactionsIsAFirstLoad() throws Exception {
    importFiles(GOOD.resolve("enterprises.csv"));
    assertThat(firstLoadMessages()).isEmpty();

    importFiles(GOOD);
    assertThat(firstLoadMessages()).containsExactly(FirstLoad.STRAIGHT_INTO_TXN);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stg_txn", Long.class)).isZero();

    importFiles(
        write(
            "transactions.csv",
            "txn_id,enterprise_id,account_id,booked_at,amount,direction\n"
                + "L1,E001,A001,2025-02-01T09:00:00,1.00,IN\n"));
    assertThat(firstLoadMessages()).containsExactly(FirstLoad.STRAIGHT_INTO_TXN);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM txn WHERE txn_id = 'L1'", Long.class))
        .isOne();
  }

  /**
   * A first load leaves nothing behind, and on PostgreSQL every index as it was, also when none of
   * its transactions is kept: every row quarantined, or the file found undecodable half-way and
   * rejected after its first rows were written.
   */
  @Test
  void aFirstLoadThatKeepsNoTransactionLeavesNoneBehind() throws Exception {
    Map<String, String> before = droppableIndexes();
    ImportReport orphans =
        importFiles(
            write(
                "transactions.csv",
                "txn_id,enterprise_id,account_id,booked_at,amount,direction\n"
                    + "Z1,NOWHERE,A1,2025-01-01,1.00,IN\n"));
    assertThat(orphans.files().get(0).quarantined()).isEqualTo(1);
    assertThat(droppableIndexes()).isEqualTo(before);

    Path gbk = dir.resolve("transactions.csv");
    StringBuilder body =
        new StringBuilder(
            "txn_id,enterprise_id,account_id,booked_at,amount,direction,counterparty_name\n");
    for (int i = 0; i < 3000; i++) {
      // line 12 repeats line 9's key, among the rows written before the bad byte on line 2,502:
      // on H2 it is quarantined as it arrives, and the quarantine line goes with the file
      body.append("G")
          .append(i == 10 ? 7 : i)
          .append(",E001,A1,2025-01-01,1.00,IN,")
          .append(i == 2500 ? "广州南粤贸易有限公司" : "Plain Trading Co")
          .append('\n');
    }
    Files.writeString(gbk, body, java.nio.charset.Charset.forName("GB18030"));
    importFiles(GOOD.resolve("enterprises.csv"));
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
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM quarantine WHERE batch_id = ?",
                Long.class,
                undecodable.batchId()))
        .isZero();
    assertThat(droppableIndexes()).isEqualTo(before);
  }

  /**
   * A first load's aggregates do not depend on the order of the file: an account's day may come
   * interleaved with other enterprises' rows, its latest booking first, and two bookings at the
   * same moment, of which the one with the greater transaction id closes the day.
   */
  @Test
  void aFirstLoadClosesEachDayWithItsLatestBookingWhateverTheFileOrder() throws Exception {
    String header = "txn_id,enterprise_id,account_id,booked_at,amount,direction,balance_after\n";
    importFiles(
        GOOD.resolve("enterprises.csv"),
        write(
            "transactions.csv",
            header
                + "K9,E001,A001,2025-02-27T17:00:00,5.00,OUT,95.00\n"
                + "K1,E002,B001,2025-02-27T09:00:00,7.00,IN,7.00\n"
                + "K2,E001,A001,2025-02-27T09:00:00,100.00,IN,100.00\n"
                + "K5,E001,A001,2025-02-27T12:00:00,50.00,OUT,50.00\n"
                + "K4,E002,B001,2025-02-27T18:00:00,2.00,IN,10.00\n"
                + "K3,E002,B001,2025-02-27T18:00:00,1.00,IN,8.00\n"
                + "K0,E001,A001,2025-02-28T08:00:00,1.00,IN,96.00\n"));

    assertThat(firstLoadMessages()).containsExactly(FirstLoad.STRAIGHT_INTO_TXN);
    assertThat(
            rows(
                "SELECT enterprise_id, flow_day, min_balance, close_balance FROM balance_daily"
                    + " ORDER BY 1, 2"))
        .containsExactly(
            "E001|2025-02-27|50|95|", "E001|2025-02-28|96|96|", "E002|2025-02-27|7|10|");
    assertAggregatesEqualARecountOfEveryTransaction();
  }

  /** The transaction files' counts, the batch's quarantine and the transactions it kept. */
  private List<String> outcome(ImportReport report) {
    List<String> out = new java.util.ArrayList<>();
    for (FileReport f : report.files()) {
      if (f.kind().equals("TRANSACTIONS")) {
        out.add(
            f.fileName()
                + " read "
                + f.rowsRead()
                + " inserted "
                + f.inserted()
                + " quarantined "
                + f.quarantined());
      }
    }
    out.addAll(
        jdbc.query(
            "SELECT f.file_name, q.line_no, q.column_name, q.raw_value, q.reason_en FROM quarantine q"
                + " JOIN import_file f ON f.file_id = q.file_id WHERE q.batch_id = ?"
                + " ORDER BY f.file_name, q.line_no",
            (rs, i) ->
                rs.getString(1)
                    + ":"
                    + rs.getLong(2)
                    + ":"
                    + rs.getString(3)
                    + ":"
                    + rs.getString(4)
                    + ":"
                    + rs.getString(5),
            report.batchId()));
    out.addAll(
        jdbc.query(
            "SELECT t.txn_id, t.enterprise_id, t.amount, f.file_name, t.line_no FROM txn t"
                + " JOIN import_file f ON f.file_id = t.file_id WHERE t.batch_id = ?"
                + " ORDER BY t.txn_id",
            (rs, i) ->
                rs.getString(1)
                    + " "
                    + rs.getString(2)
                    + " "
                    + rs.getBigDecimal(3).stripTrailingZeros().toPlainString()
                    + " "
                    + rs.getString(4)
                    + ":"
                    + rs.getLong(5),
            report.batchId()));
    return out;
  }

  @Test
  void keepsTheMaturityDateOfBureauLinesAndQuarantinesABadOne() throws Exception {
    importFiles(GOOD);
    Path bureau =
        write(
            "credit_records.csv",
            "enterprise_id,report_date,facility_id,lender,facility_type,outstanding,maturity_date\n"
                + "E001,2025-01-31,CF1,某股份制银行苏州分行,LOAN,1800000,2025-04-20\n"
                + "E001,2025-01-31,CF2,某城商行,LOAN,500000,\n"
                + "E002,2025-01-31,CF3,某农商行,LOAN,300000,2025-02-30\n");

    ImportReport report = importFiles(bureau);

    assertThat(report.exitCode()).isEqualTo(3);
    assertThat(
            jdbc.queryForList(
                "SELECT facility_id || ':' || COALESCE(CAST(maturity_date AS VARCHAR(10)), '-')"
                    + " FROM credit_record ORDER BY facility_id",
                String.class))
        .containsExactly("CF1:2025-04-20", "CF2:-");
    assertThat(
            jdbc.queryForList(
                "SELECT column_name || '=' || raw_value FROM quarantine WHERE batch_id = ?",
                String.class,
                report.batchId()))
        .containsExactly("maturity_date=2025-02-30");
  }

  @Test
  void loanStatusChangeKeepsHistory() throws Exception {
    importFiles(GOOD);
    Path later =
        write(
            "loans.csv",
            "loan_id,enterprise_id,amount,start_date,maturity_date,status,overdue_days,five_category,status_date\n"
                + "L1,E001,5000000,2024-06-01,2025-06-01,ACTIVE,35,关注,2025-02-28\n");

    importFiles(later);

    assertThat(
            jdbc.queryForList(
                "SELECT five_category FROM loan_status_history WHERE loan_id = 'L1'"
                    + " ORDER BY status_date",
                String.class))
        .containsExactly("NORMAL", "SPECIAL_MENTION");
    assertThat(
            jdbc.queryForObject("SELECT overdue_days FROM loan WHERE loan_id = 'L1'", Long.class))
        .isEqualTo(35L);
  }

  @Test
  void quarantinesBadRowsWithLineColumnAndReasonAndImportsTheRest() throws Exception {
    Path enterprises =
        write(
            "enterprises.csv",
            "Enterprise_ID , NAME,uscc,industry_code,extra_note\n"
                + "E101,好企业有限公司,91350100M000100Y43,C3670,备注\n"
                + "E102,坏代码有限公司,911100001011174401,C3670,\n"
                + "E103,错行业有限公司,,F4710,\n"
                + "E101,重复客户号有限公司,,,\n");
    Path txns =
        write(
            "transactions.csv",
            "txn_id,enterprise_id,account_id,booked_at,amount,direction\n"
                + "X1,E101,A1,2025-01-01,100.00,IN\n"
                + "X2,E999,A1,2025-01-01,100.00,IN\n"
                + "X3,E101,A1,2025-01-01,-5,IN\n");

    ImportReport report = importFiles(enterprises, txns);

    assertThat(report.exitCode()).isEqualTo(ImportReport.EXIT_ROWS_QUARANTINED);
    assertThat(report.files().get(0).unknownColumns()).containsExactly("extra_note");
    assertThat(report.files()).extracting(FileReport::inserted).containsExactly(1L, 1L);
    assertThat(report.files()).extracting(FileReport::quarantined).containsExactly(3L, 2L);
    List<Map<String, Object>> q =
        jdbc.queryForList(
            "SELECT f.file_name, q.line_no, q.column_name, q.raw_value, q.reason_en FROM quarantine q"
                + " JOIN import_file f ON f.file_id = q.file_id ORDER BY f.file_name, q.line_no");
    assertThat(q)
        .extracting(r -> r.get("file_name") + ":" + r.get("line_no") + ":" + r.get("column_name"))
        .containsExactly(
            "enterprises.csv:3:uscc",
            "enterprises.csv:4:industry_code",
            "enterprises.csv:5:enterprise_id",
            "transactions.csv:3:enterprise_id",
            "transactions.csv:4:amount");
    assertThat(q.get(1).get("raw_value")).isEqualTo("F4710");
    assertThat((String) q.get(1).get("reason_en")).contains("division 47 is not in section F");
  }

  @Test
  void rejectsAFileWithoutARequiredColumnWholeAndStillImportsTheOthers() throws Exception {
    Path noName = write("enterprises.csv", "enterprise_id,uscc\nE201,\n");
    Path loans = write("products.csv", "product_code,name,type\nP1,流动资金贷款,WORKING_CAPITAL\n");

    ImportReport report = importFiles(noName, loans);

    assertThat(report.exitCode()).isEqualTo(ImportReport.EXIT_FILE_REJECTED);
    assertThat(report.files().get(0).rejection()).contains("name");
    assertThat(report.files().get(1).inserted()).isEqualTo(1);
  }

  @Test
  void rejectsABinaryFileRenamedCsv() throws Exception {
    Path binary = dir.resolve("enterprises.csv");
    Files.write(binary, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2, 3});

    ImportReport report = importFiles(binary);

    assertThat(report.files().get(0).rejection()).contains("binary");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Long.class)).isZero();
  }

  @Test
  void readsGb18030FilesWithoutBeingTold() throws Exception {
    Path gbk = dir.resolve("enterprises.csv");
    Files.writeString(
        gbk, "enterprise_id,name\nE301,广州南粤贸易有限公司\n", java.nio.charset.Charset.forName("GB18030"));

    ImportReport report = importFiles(gbk);

    assertThat(report.files().get(0).encoding()).isEqualTo("GB18030");
    assertThat(
            jdbc.queryForObject(
                "SELECT name FROM enterprise WHERE enterprise_id = 'E301'", String.class))
        .isEqualTo("广州南粤贸易有限公司");
  }

  @Test
  void readsMessyButValidCsv() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String body =
        "enterprise_id,name,registered_capital,employees,established_on,\r\n"
            + "\r\n"
            + "E401,\"北京\n多行名称有限公司\",\"1,234,567.80\",１２０,2010年5月1日,\n"
            + "E402,　全角空格有限公司　,５００００,3,20100501,\r"
            + "E403,=cmd|' /C calc'!A0,,,2010/05/01,\n";
    Path file = dir.resolve("enterprises.csv");
    Files.write(file, concat(bom, body.getBytes(StandardCharsets.UTF_8)));

    ImportReport report = importFiles(file);

    assertThat(report.exitCode()).isZero();
    assertThat(report.files().get(0).inserted()).isEqualTo(3);
    Map<String, Object> e401 =
        jdbc.queryForMap("SELECT * FROM enterprise WHERE enterprise_id = 'E401'");
    assertThat(e401.get("name")).isEqualTo("北京\n多行名称有限公司");
    assertThat((java.math.BigDecimal) e401.get("registered_capital"))
        .isEqualByComparingTo("1234567.80");
    assertThat(e401.get("employees")).isEqualTo(120L);
    assertThat(e401.get("line_no")).isEqualTo(3L);
    assertThat(
            jdbc.queryForObject(
                "SELECT line_no FROM enterprise WHERE enterprise_id = 'E402'", Long.class))
        .isEqualTo(5L);
    assertThat(
            jdbc.queryForObject(
                "SELECT name FROM enterprise WHERE enterprise_id = 'E402'", String.class))
        .isEqualTo("全角空格有限公司");
    assertThat(
            jdbc.queryForObject(
                "SELECT name FROM enterprise WHERE enterprise_id = 'E403'", String.class))
        .isEqualTo("=cmd|' /C calc'!A0");
  }

  @Test
  void keepsBackslashesTabsQuotesNewlinesAndNullsExactlyAsRead() throws Exception {
    String tricky = "天津\\N\\t\t\"引号\"公司\r\n第二行\\";
    Path file =
        write(
            "enterprises.csv",
            "enterprise_id,name,group_id,listed\n"
                + "E501,\""
                + tricky.replace("\"", "\"\"")
                + "\",,true\n"
                + "E502,\\N,G1,false\n");

    ImportReport report = importFiles(file);

    assertThat(report.exitCode()).isZero();
    Map<String, Object> e501 =
        jdbc.queryForMap("SELECT * FROM enterprise WHERE enterprise_id = 'E501'");
    assertThat(e501.get("name")).isEqualTo(tricky);
    assertThat(e501.get("group_id")).isNull();
    assertThat(e501.get("listed")).isEqualTo(true);
    Map<String, Object> e502 =
        jdbc.queryForMap("SELECT * FROM enterprise WHERE enterprise_id = 'E502'");
    assertThat(e502.get("name")).isEqualTo("\\N");
    assertThat(e502.get("group_id")).isEqualTo("G1");
    assertThat(e502.get("listed")).isEqualTo(false);
  }

  @Test
  void importsTheFirstSheetOfAnXlsxWorkbook() throws Exception {
    Path file = dir.resolve("客户清单.xlsx");
    try (var out = Files.newOutputStream(file);
        var workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0")) {
      var sheet = workbook.newWorksheet("企业");
      List<String> header =
          List.of("enterprise_id", "name", "registered_capital", "established_on", "listed");
      for (int c = 0; c < header.size(); c++) {
        sheet.value(0, c, header.get(c));
      }
      sheet.value(1, 0, "E501");
      sheet.value(1, 1, "深圳前海数据有限公司");
      sheet.value(1, 2, 8000000.5);
      sheet.value(1, 3, LocalDate.of(2012, 8, 8));
      sheet.style(1, 3).format("yyyy-mm-dd").set();
      sheet.value(1, 4, true);
      sheet.value(2, 0, "E502");
      sheet.value(2, 1, "坏日期有限公司");
      sheet.value(2, 3, "2012-02-30");
      workbook.newWorksheet("ignored").value(0, 0, "not read");
    }

    ImportReport report = importFiles(file);

    assertThat(report.files().get(0).kind()).isEqualTo("ENTERPRISES");
    assertThat(report.files().get(0).inserted()).isEqualTo(1);
    assertThat(report.files().get(0).quarantined()).isEqualTo(1);
    Map<String, Object> e501 =
        jdbc.queryForMap("SELECT * FROM enterprise WHERE enterprise_id = 'E501'");
    assertThat(e501.get("name")).isEqualTo("深圳前海数据有限公司");
    assertThat((java.math.BigDecimal) e501.get("registered_capital"))
        .isEqualByComparingTo("8000000.50");
    assertThat(e501.get("established_on").toString()).isEqualTo("2012-08-08");
    assertThat(e501.get("listed")).isEqualTo(true);
    assertThat(jdbc.queryForObject("SELECT line_no FROM quarantine", Long.class)).isEqualTo(3L);
  }

  @Test
  void rejectsAGbkFileDeclaredAsUtf8WithoutKeepingAnyOfItsRows() throws Exception {
    Path gbk = dir.resolve("enterprises.csv");
    StringBuilder body = new StringBuilder("enterprise_id,name\n");
    for (int i = 0; i < 3000; i++) {
      body.append("G").append(i).append(i == 2500 ? ",广州南粤贸易有限公司\n" : ",Plain Trading Co\n");
    }
    Files.writeString(gbk, body, java.nio.charset.Charset.forName("GB18030"));

    ImportReport report =
        importer.importPaths(
            List.of(gbk),
            new ImportRequest(
                "tester",
                "test",
                java.util.Optional.empty(),
                java.util.Optional.of(StandardCharsets.UTF_8),
                TODAY));

    assertThat(report.exitCode()).isEqualTo(ImportReport.EXIT_FILE_REJECTED);
    assertThat(report.files().get(0).rejection()).contains("UTF-8", "--encoding");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Long.class)).isZero();
  }

  @Test
  void rejectsAnEmptyFileAndReadsAHeaderOnlyFileAsNoRows() throws Exception {
    Path empty = write("enterprises.csv", "");
    Path headerOnly =
        write("loans.csv", "loan_id,enterprise_id,amount,start_date,maturity_date,status\n");

    ImportReport report = importFiles(empty, headerOnly);

    assertThat(report.files().get(0).rejection()).contains("empty");
    assertThat(report.files().get(1).rejected()).isFalse();
    assertThat(report.files().get(1).rowsRead()).isZero();
  }

  @Test
  void twoImportsOfOverlappingFilesAtOnceEndWithNoDuplicatesAndNoLostRows() throws Exception {
    StringBuilder a = new StringBuilder("enterprise_id,name\n");
    StringBuilder b = new StringBuilder("enterprise_id,name\n");
    for (int i = 0; i < 4000; i++) {
      a.append("C").append(i).append(",甲").append(i).append('\n');
      b.append("C").append(i + 2000).append(",乙").append(i + 2000).append('\n');
    }
    Path fa = write("a.csv", a.toString());
    Path fb = write("b.csv", b.toString());
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var first = pool.submit(() -> importFiles(fa));
      var second = pool.submit(() -> importFiles(fb));
      ImportReport ra = first.get();
      ImportReport rb = second.get();
      assertThat(ra.files().get(0).inserted() + rb.files().get(0).inserted()).isEqualTo(6000);
    } finally {
      pool.shutdown();
    }

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Long.class)).isEqualTo(6000L);
    assertThat(
            jdbc.queryForObject("SELECT COUNT(DISTINCT enterprise_id) FROM enterprise", Long.class))
        .isEqualTo(6000L);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
