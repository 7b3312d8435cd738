package io.loanradar.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.loanradar.app.ingest.ImportRequest;
import io.loanradar.app.ingest.Importer;
import io.loanradar.app.score.Scoring;
import io.loanradar.app.security.DataScope;
import io.loanradar.core.contract.ContractKind;
import io.loanradar.core.synthetic.GeneratorOptions;
import io.loanradar.core.synthetic.SyntheticBank;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's grouped counts agree with plain counts of the store, on a generated bank scored
 * on two dates; subclasses pick H2 or PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DashboardQueriesIT {

  static final LocalDate FIRST = LocalDate.of(2026, 3, 31);
  static final LocalDate SECOND = LocalDate.of(2026, 6, 30);

  @Autowired DashboardQueries queries;
  @Autowired PipelineFigures pipelineFigures;
  @Autowired AlertResponseTimes responseTimes;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  void importAndScoreTwice(@Autowired Importer importer, @Autowired Scoring scoring)
      throws Exception {
    Path bank = Files.createTempDirectory("loanradar-dashboard-bank");
    SyntheticBank.generate(new GeneratorOptions(150, 18, 7, YearMonth.of(2026, 6)), bank);
    List<Path> files =
        Arrays.stream(ContractKind.values()).map(k -> bank.resolve(k.fileStem() + ".csv")).toList();
    assertThat(
            importer
                .importPaths(files, ImportRequest.of("tester", "test", LocalDate.of(2026, 7, 1)))
                .exitCode())
        .isZero();
    scoring.scoreAll(FIRST);
    scoring.scoreAll(SECOND);
    List<String> rms =
        jdbc.queryForList(
            "SELECT rm_id FROM enterprise WHERE rm_id IS NOT NULL GROUP BY rm_id"
                + " HAVING COUNT(*) >= 2 ORDER BY rm_id",
            String.class);
    rmA = rms.get(0);
    rmB = rms.get(1);
    List<String> ofA =
        jdbc.queryForList(
            "SELECT enterprise_id FROM enterprise WHERE rm_id = ? ORDER BY enterprise_id",
            String.class,
            rmA);
    a1 = ofA.get(0);
    a2 = ofA.get(1);
    b1 =
        jdbc.queryForObject(
            "SELECT MIN(enterprise_id) FROM enterprise WHERE rm_id = ?", String.class, rmB);
    plantOpportunities();
    plantAlerts();
  }

  /** The day the pipeline figures are taken: the board keeps what closed since 2026-04-02. */
  static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

  /** The moment alert deadlines are judged against. */
  static final Instant NOW = Instant.parse("2026-07-01T00:00:00Z");

  String rmA;
  String rmB;
  String a1;
  String a2;
  String b1;

  private void plantOpportunities() {
    opportunity("O1", a1, "SEASONAL_PURCHASE", "NEW", 1_000_000, "WC01;SC01", null, null);
    moves("O1", "NEW 2026-06-01T00:00");
    opportunity("O2", a1, "EXPANSION", "CONTACTED", 2_000_000, "WC01", null, null);
    moves("O2", "NEW 2026-06-01T00:00", "CONTACTED 2026-06-03T00:00");
    opportunity("O3", a2, "EQUIPMENT_UPGRADE", "APPLIED", 3_000_000, "EQ01", null, null);
    moves(
        "O3",
        "NEW 2026-06-01T00:00",
        "CONTACTED 2026-06-05T00:00",
        "QUALIFIED 2026-06-06T00:00",
        "APPLIED 2026-06-10T00:00");
    opportunity(
        "O4", b1, "EXPANSION", "DISBURSED", 4_000_000, "WC01", LocalDate.of(2026, 6, 20), null);
    moves(
        "O4",
        "NEW 2026-05-01T00:00",
        "CONTACTED 2026-05-07T00:00",
        "QUALIFIED 2026-05-09T00:00",
        "APPLIED 2026-05-10T00:00",
        "APPROVED 2026-05-15T00:00",
        "DISBURSED 2026-06-20T00:00");
    opportunity(
        "O5",
        b1,
        "LIQUIDITY_NEED",
        "LOST",
        5_000_000,
        "WC01",
        LocalDate.of(2026, 6, 15),
        "客户已从他行获得贷款");
    moves("O5", "NEW 2026-06-01T00:00", "CONTACTED 2026-06-02T12:00", "LOST 2026-06-15T00:00");
    // closed before the window: counted nowhere
    opportunity(
        "O6",
        a2,
        "LIQUIDITY_NEED",
        "LOST",
        9_000_000,
        "WC01",
        LocalDate.of(2026, 1, 10),
        "客户已从他行获得贷款");
    moves("O6", "NEW 2026-01-01T00:00", "LOST 2026-01-10T00:00");
    opportunity("O7", a1, "REFINANCE", "LOST", 500_000, "RF01", LocalDate.of(2026, 6, 25), "利率不合适");
    moves("O7", "NEW 2026-06-20T00:00", "LOST 2026-06-25T00:00");
  }

  private void opportunity(
      String id,
      String enterprise,
      String scenario,
      String stage,
      long amount,
      String products,
      LocalDate closedOn,
      String lostReason) {
    jdbc.update(
        "INSERT INTO opportunity (opportunity_id, enterprise_id, scenario, stage, open_key,"
            + " detected_on, refreshed_on, estimated_amount, amount_method, expected_by, priority,"
            + " products, products_zh, products_en, evidence_zh, evidence_en, lost_reason,"
            + " closed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'TEST', ?, 3, ?, '', '', '', '', ?, ?)",
        id,
        enterprise,
        scenario,
        stage,
        closedOn == null ? enterprise + ":" + scenario : null,
        java.sql.Date.valueOf("2026-05-01"),
        java.sql.Date.valueOf("2026-05-01"),
        java.math.BigDecimal.valueOf(amount),
        java.sql.Date.valueOf("2026-09-30"),
        products,
        lostReason,
        closedOn == null ? null : java.sql.Date.valueOf(closedOn));
  }

  private void moves(String id, String... steps) {
    String from = null;
    for (String step : steps) {
      String[] parts = step.split(" ");
      jdbc.update(
          "INSERT INTO opportunity_transition (opportunity_id, from_stage, to_stage, actor,"
              + " moved_at) VALUES (?, ?, ?, 'tester', ?)",
          id,
          from,
          parts[0],
          java.sql.Timestamp.valueOf(java.time.LocalDateTime.parse(parts[1])));
      from = parts[0];
    }
  }

  private void plantAlerts() {
    // CRITICAL on rmA's customers: answered in 30 min, 2 h (late), never (breach), 10 min
    alert("A1", a1, "CRITICAL", "RESOLVED", "2026-06-01T00:00:00Z", "2026-06-01T01:00:00Z");
    step("A1", "2026-06-01T00:30:00Z", "NEW", "ACKNOWLEDGED");
    step("A1", "2026-06-03T00:00:00Z", "ACKNOWLEDGED", "RESOLVED");
    alert("A2", a1, "CRITICAL", "IN_PROGRESS", "2026-06-02T00:00:00Z", "2026-06-02T01:00:00Z");
    step("A2", "2026-06-02T02:00:00Z", "NEW", "ACKNOWLEDGED");
    step("A2", "2026-06-02T03:00:00Z", "ACKNOWLEDGED", "IN_PROGRESS");
    alert("A3", a2, "CRITICAL", "NEW", "2026-06-03T00:00:00Z", "2026-06-03T01:00:00Z");
    alert("A4", a2, "CRITICAL", "FALSE_POSITIVE", "2026-06-04T00:00:00Z", "2026-06-04T01:00:00Z");
    step("A4", "2026-06-04T00:10:00Z", "NEW", "FALSE_POSITIVE");
    // HIGH on rmB's customer: answered in 1 h and resolved in 24 h; one not yet due
    alert("H1", b1, "HIGH", "RESOLVED", "2026-06-10T00:00:00Z", "2026-06-10T04:00:00Z");
    step("H1", "2026-06-10T01:00:00Z", "NEW", "ACKNOWLEDGED");
    step("H1", "2026-06-11T00:00:00Z", "ACKNOWLEDGED", "RESOLVED");
    alert("H2", b1, "HIGH", "NEW", "2026-06-30T22:00:00Z", "2026-07-01T02:00:00Z");
  }

  private void alert(
      String id, String enterprise, String severity, String status, String created, String due) {
    boolean open =
        status.equals("NEW") || status.equals("ACKNOWLEDGED") || status.equals("IN_PROGRESS");
    java.sql.Timestamp at = java.sql.Timestamp.from(Instant.parse(created));
    jdbc.update(
        "INSERT INTO warning_alert (alert_id, enterprise_id, open_key, raised_on, assessed_on,"
            + " status, severity, risk_grade, risk_points, suggested_five_category,"
            + " bank_five_category, five_category_rule, five_category_reason_zh,"
            + " five_category_reason_en, signals, evidence_zh, evidence_en, created_at, updated_at,"
            + " sla_due_at) VALUES (?, ?, ?, ?, ?, ?, ?, 4, 9, 'SPECIAL_MENTION', 'NORMAL', 'R',"
            + " '', '', 'S1', '', '', ?, ?, ?)",
        id,
        enterprise,
        open ? enterprise : null,
        java.sql.Date.valueOf(created.substring(0, 10)),
        java.sql.Date.valueOf(created.substring(0, 10)),
        status,
        severity,
        at,
        at,
        java.sql.Timestamp.from(Instant.parse(due)));
    jdbc.update(
        "INSERT INTO warning_alert_event (alert_id, happened_at, actor, kind, to_status, severity)"
            + " VALUES (?, ?, 'system', 'RAISED', 'NEW', ?)",
        id,
        at,
        severity);
  }

  private void step(String id, String at, String from, String to) {
    java.sql.Timestamp when = java.sql.Timestamp.from(Instant.parse(at));
    jdbc.update(
        "INSERT INTO warning_alert_event (alert_id, happened_at, actor, kind, from_status,"
            + " to_status) VALUES (?, ?, 'risk', 'TRANSITION', ?, ?)",
        id,
        when,
        from,
        to);
    if (to.equals("ACKNOWLEDGED")) {
      jdbc.update("UPDATE warning_alert SET acknowledged_at = ? WHERE alert_id = ?", when, id);
    }
    if (to.equals("RESOLVED") || to.equals("FALSE_POSITIVE")) {
      jdbc.update("UPDATE warning_alert SET closed_at = ? WHERE alert_id = ?", when, id);
    }
  }

  static final DataScope ALL = DataScope.all();

  @Test
  void aNarrowScopeCountsOnlyItsCustomers() {
    String rm = jdbc.queryForObject("SELECT MIN(rm_id) FROM enterprise", String.class);
    long own =
        jdbc.queryForObject("SELECT COUNT(*) FROM enterprise WHERE rm_id = ?", Long.class, rm);
    DataScope scope = DataScope.rm(rm);
    assertThat(own).isBetween(1L, 149L);
    assertThat(queries.totals(scope).enterprises()).isEqualTo(own);
    assertThat(
            queries.byBranchAndGrade(scope).stream().mapToLong(DashboardQueries.Cell::count).sum())
        .isEqualTo(own);
    assertThat(
            queries.byIndustrySection(scope).stream()
                .mapToLong(DashboardQueries.Group::count)
                .sum())
        .isEqualTo(own);
    assertThat(queries.scoreBuckets(scope).stream().mapToLong(DashboardQueries.Group::count).sum())
        .isEqualTo(own);
    assertThat(
            queries.gradeMigrations(scope, FIRST, SECOND).stream()
                .mapToLong(DashboardQueries.Cell::count)
                .sum())
        .isEqualTo(own);
    assertThat(queries.totals(DataScope.none()).enterprises()).isZero();
  }

  @Test
  void totalsCountEveryEnterpriseAndTheLatestScores() {
    DashboardQueries.Totals totals = queries.totals(ALL);
    assertThat(totals.enterprises()).isEqualTo(150);
    assertThat(totals.scored()).isEqualTo(150);
    assertThat(totals.asOf()).contains(SECOND);
    double average =
        jdbc.queryForObject("SELECT AVG(score) FROM score WHERE as_of = ?", Double.class, SECOND);
    assertThat(totals.averageScore().orElseThrow().doubleValue())
        .isCloseTo(average, org.assertj.core.data.Offset.offset(0.001));
  }

  @Test
  void branchAndGradeCellsMatchTheLatestScores() {
    Map<String, Long> expected =
        jdbc
            .queryForList(
                "SELECT e.branch_id || '/' || s.grade AS k, COUNT(*) AS n FROM enterprise e"
                    + " JOIN score s ON s.enterprise_id = e.enterprise_id AND s.as_of = ?"
                    + " GROUP BY e.branch_id, s.grade",
                SECOND)
            .stream()
            .collect(
                Collectors.toMap(r -> (String) r.get("k"), r -> ((Number) r.get("n")).longValue()));
    Map<String, Long> actual =
        queries.byBranchAndGrade(ALL).stream()
            .collect(
                Collectors.toMap(c -> c.row() + "/" + c.column(), DashboardQueries.Cell::count));
    assertThat(actual).isEqualTo(expected);
    assertThat(expected).hasSizeGreaterThan(3);
  }

  @Test
  void industryAndProvinceGroupsAddUpAndAreNamedByCode() {
    List<DashboardQueries.Group> sections = queries.byIndustrySection(ALL);
    assertThat(sections.stream().mapToLong(DashboardQueries.Group::count).sum()).isEqualTo(150);
    assertThat(sections).allSatisfy(g -> assertThat(g.key()).matches("[A-T]"));
    assertThat(sections)
        .extracting(DashboardQueries.Group::count)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    DashboardQueries.Group first = sections.get(0);
    assertThat(first.count())
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM enterprise WHERE industry_code LIKE ?",
                Long.class,
                first.key() + "%"));
    List<DashboardQueries.Group> provinces = queries.byProvince(ALL);
    assertThat(provinces.stream().mapToLong(DashboardQueries.Group::count).sum()).isEqualTo(150);
    assertThat(provinces).allSatisfy(g -> assertThat(g.key()).matches("\\d\\d"));
  }

  @Test
  void scoreBucketsCoverEveryScoredEnterpriseOnce() {
    List<DashboardQueries.Group> buckets = queries.scoreBuckets(ALL);
    assertThat(buckets.stream().mapToLong(DashboardQueries.Group::count).sum()).isEqualTo(150);
    for (DashboardQueries.Group bucket : buckets) {
      int low = Integer.parseInt(bucket.key()) * 10;
      assertThat(bucket.averageScore().doubleValue()).isBetween((double) low, low + 10.0);
    }
  }

  @Test
  void migrationsCountEveryEnterpriseScoredOnBothDatesByItsTwoGrades() {
    assertThat(queries.latestScoreDates()).containsExactly(SECOND, FIRST);
    List<DashboardQueries.Cell> cells = queries.gradeMigrations(ALL, FIRST, SECOND);
    assertThat(cells.stream().mapToLong(DashboardQueries.Cell::count).sum()).isEqualTo(150);
    long stayedA =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM score a JOIN score b ON b.enterprise_id = a.enterprise_id"
                + " AND b.as_of = ? WHERE a.as_of = ? AND a.grade = 'A' AND b.grade = 'A'",
            Long.class,
            SECOND,
            FIRST);
    assertThat(
            cells.stream()
                .filter(c -> c.row().equals("A") && c.column().equals("A"))
                .mapToLong(DashboardQueries.Cell::count)
                .sum())
        .isEqualTo(stayedA);
  }

  @Test
  void theFunnelCountsTheBoardsOpportunitiesByStageWithConversionAndMedianDays() {
    PipelineFigures.Pipeline p = pipelineFigures.pipeline(ALL, TODAY);
    Map<String, PipelineFigures.Stage> stages =
        p.stages().stream().collect(Collectors.toMap(PipelineFigures.Stage::stage, st -> st));
    assertThat(p.stages())
        .extracting(PipelineFigures.Stage::stage)
        .containsExactly(
            "NEW", "CONTACTED", "QUALIFIED", "APPLIED", "APPROVED", "DISBURSED", "LOST");
    assertThat(p.stages())
        .extracting(PipelineFigures.Stage::count)
        .containsExactly(1L, 1L, 0L, 1L, 0L, 1L, 2L);
    assertThat(p.stages())
        .extracting(PipelineFigures.Stage::reached)
        .containsExactly(6L, 4L, 2L, 2L, 1L, 1L, 2L);
    assertThat(p.stages())
        .extracting(st -> st.conversion() == null ? null : st.conversion().toPlainString())
        .containsExactly("66.7", "50.0", "100.0", "50.0", "100.0", null, null);
    // NEW stays 1.5, 2, 4, 5, 6 days; CONTACTED 1, 2, 12.5; QUALIFIED 4, 1; APPLIED 5; APPROVED 36
    assertThat(p.stages())
        .extracting(st -> st.medianDays() == null ? null : st.medianDays().toPlainString())
        .containsExactly("4.0", "2.0", "2.5", "5.0", "36.0", null, null);
    assertThat(p.stages())
        .extracting(PipelineFigures.Stage::stays)
        .containsExactly(5L, 3L, 2L, 1L, 1L, 0L, 0L);
    assertThat(stages.get("LOST").amount()).isEqualByComparingTo("5500000");
    assertThat(stages.get("CONTACTED").amount()).isEqualByComparingTo("2000000");
    assertThat(p.won()).isEqualTo(1);
    assertThat(p.wonAmount()).isEqualByComparingTo("4000000");
    assertThat(p.lost()).isEqualTo(2);
    assertThat(p.conversion()).isEqualByComparingTo("33.3");
    assertThat(p.lostReasons())
        .containsExactlyInAnyOrder(
            new PipelineFigures.Reason("客户已从他行获得贷款", 1), new PipelineFigures.Reason("利率不合适", 1));
  }

  @Test
  void productAmountsTakeEachOpportunitysBestProduct() {
    List<PipelineFigures.ProductAmounts> products = pipelineFigures.pipeline(ALL, TODAY).products();
    assertThat(products)
        .extracting(PipelineFigures.ProductAmounts::product)
        .containsExactly("WC01", "EQ01");
    PipelineFigures.ProductAmounts wc = products.get(0);
    assertThat(wc.open()).isEqualTo(2);
    assertThat(wc.openAmount()).isEqualByComparingTo("3000000");
    assertThat(wc.openWan()).isEqualByComparingTo("300.00");
    assertThat(wc.won()).isEqualTo(1);
    assertThat(wc.wonAmount()).isEqualByComparingTo("4000000");
    assertThat(products.get(1).openAmount()).isEqualByComparingTo("3000000");
    assertThat(products.get(1).won()).isZero();
  }

  @Test
  void pipelineFiguresStayWithinTheScope() {
    PipelineFigures.Pipeline ofB = pipelineFigures.pipeline(DataScope.rm(rmB), TODAY);
    assertThat(ofB.stages())
        .extracting(PipelineFigures.Stage::count)
        .containsExactly(0L, 0L, 0L, 0L, 0L, 1L, 1L);
    assertThat(ofB.byRm()).containsOnlyKeys(rmB);
    assertThat(ofB.lostReasons()).containsExactly(new PipelineFigures.Reason("客户已从他行获得贷款", 1));
    PipelineFigures.Pipeline all = pipelineFigures.pipeline(ALL, TODAY);
    assertThat(all.byRm().get(rmA))
        .isEqualTo(new PipelineFigures.RmPipeline(3, 0, java.math.BigDecimal.ZERO, 1));
    assertThat(all.byRm().get(rmB).conversion()).isEqualByComparingTo("50.0");
    assertThat(pipelineFigures.pipeline(DataScope.none(), TODAY).stages())
        .allSatisfy(st -> assertThat(st.count()).isZero());
  }

  @Test
  void alertResponseTimesPerSeverityAreExact() {
    List<AlertResponseTimes.Figures> figures = responseTimes.bySeverity(ALL, NOW);
    assertThat(figures)
        .extracting(AlertResponseTimes.Figures::severity)
        .containsExactly("CRITICAL", "HIGH", "MEDIUM", "LOW");
    AlertResponseTimes.Figures critical = figures.get(0);
    assertThat(critical.count()).isEqualTo(4);
    assertThat(critical.open()).isEqualTo(2);
    assertThat(critical.acknowledged()).isEqualTo(3);
    // answered after 10, 30 and 120 minutes
    assertThat(critical.ackMedian()).isEqualTo(Duration.ofMinutes(30));
    assertThat(critical.ackP90()).isEqualTo(Duration.ofMinutes(102));
    assertThat(critical.ackP90Hours()).isEqualByComparingTo("1.7");
    assertThat(critical.resolved()).isEqualTo(1);
    assertThat(critical.resolveMedian()).isEqualTo(Duration.ofHours(48));
    assertThat(critical.withinSla()).isEqualByComparingTo("50.0");
    assertThat(critical.openBreaches()).isEqualTo(1);
    AlertResponseTimes.Figures high = figures.get(1);
    assertThat(high.count()).isEqualTo(2);
    assertThat(high.open()).isEqualTo(1);
    assertThat(high.ackMedian()).isEqualTo(Duration.ofHours(1));
    assertThat(high.resolveP90()).isEqualTo(Duration.ofHours(24));
    assertThat(high.withinSla()).isEqualByComparingTo("100.0");
    assertThat(high.openBreaches()).isZero();
    AlertResponseTimes.Figures medium = figures.get(2);
    assertThat(medium.count()).isZero();
    assertThat(medium.ackMedian()).isNull();
    assertThat(medium.withinSla()).isNull();
    // once H2's deadline passes unanswered it is late and a breach
    AlertResponseTimes.Figures later =
        responseTimes.bySeverity(ALL, Instant.parse("2026-07-01T03:00:00Z")).get(1);
    assertThat(later.withinSla()).isEqualByComparingTo("50.0");
    assertThat(later.openBreaches()).isEqualTo(1);
  }

  @Test
  void alertResponseTimesStayWithinTheScope() {
    List<AlertResponseTimes.Figures> ofB = responseTimes.bySeverity(DataScope.rm(rmB), NOW);
    assertThat(ofB.get(0).count()).isZero();
    assertThat(ofB.get(1).count()).isEqualTo(2);
    assertThat(responseTimes.bySeverity(DataScope.none(), NOW))
        .allSatisfy(f -> assertThat(f.count()).isZero());
  }

  @Test
  void rmBooksCountCustomersGradeAAndOpenAlertsPerRm() {
    Map<String, DashboardQueries.RmBook> books =
        queries.rmBooks(ALL, NOW).stream()
            .collect(Collectors.toMap(DashboardQueries.RmBook::rm, b -> b));
    DashboardQueries.RmBook a = books.get(rmA);
    assertThat(a.customers())
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM enterprise WHERE rm_id = ?", Long.class, rmA));
    assertThat(a.gradeA())
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM enterprise e JOIN score s ON s.enterprise_id ="
                    + " e.enterprise_id AND s.as_of = ? WHERE e.rm_id = ? AND s.grade = 'A'",
                Long.class,
                SECOND,
                rmA));
    assertThat(a.openAlerts()).isEqualTo(2);
    assertThat(a.breaches()).isEqualTo(1);
    assertThat(books.get(rmB).openAlerts()).isEqualTo(1);
    assertThat(books.get(rmB).breaches()).isZero();
    assertThat(books.values().stream().mapToLong(DashboardQueries.RmBook::customers).sum())
        .isEqualTo(150);
    assertThat(queries.rmBooks(DataScope.rm(rmB), NOW))
        .extracting(DashboardQueries.RmBook::rm)
        .containsExactly(rmB);
    // the alerts are narrowed to the scope before they are counted: the same book either way
    assertThat(queries.rmBooks(DataScope.rm(rmA), NOW)).containsExactly(a);
    String branch =
        jdbc.queryForObject(
            "SELECT branch_id FROM enterprise WHERE enterprise_id = ?", String.class, a1);
    assertThat(
            queries.rmBooks(DataScope.branch(branch), NOW).stream()
                .mapToLong(DashboardQueries.RmBook::openAlerts)
                .sum())
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM warning_alert w JOIN enterprise e"
                    + " ON e.enterprise_id = w.enterprise_id"
                    + " WHERE w.open_key IS NOT NULL AND e.branch_id = ?",
                Long.class,
                branch))
        .isPositive();
    List<DashboardController.LeagueRow> league =
        DashboardController.league(
            queries.rmBooks(ALL, NOW), pipelineFigures.pipeline(ALL, TODAY).byRm(), "breaches");
    assertThat(league.get(0).rm()).isEqualTo(rmA);
    assertThat(league.get(0).href()).isEqualTo("/enterprises?rm=" + rmA);
    assertThat(
            DashboardController.league(
                    queries.rmBooks(ALL, NOW),
                    pipelineFigures.pipeline(ALL, TODAY).byRm(),
                    "wonAmount")
                .get(0)
                .rm())
        .isEqualTo(rmB);
  }
}
