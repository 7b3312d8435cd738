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
}
