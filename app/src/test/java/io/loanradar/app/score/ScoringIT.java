package io.loanradar.app.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.loanradar.app.ingest.ImportReport;
import io.loanradar.app.ingest.ImportRequest;
import io.loanradar.app.ingest.Importer;
import io.loanradar.core.contract.ContractKind;
import io.loanradar.core.scorecard.FactorScore;
import io.loanradar.core.synthetic.GeneratorOptions;
import io.loanradar.core.synthetic.SyntheticBank;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Scoring from the store on a generated bank; subclasses pick H2 or PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ScoringIT {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  @Autowired Importer importer;
  @Autowired Scoring scoring;
  @Autowired Scores scores;
  @Autowired JdbcTemplate jdbc;
  @Autowired SnapshotReader snapshots;

  Path bank;

  @BeforeAll
  void importABank() throws Exception {
    bank = Files.createTempDirectory("loanradar-scoring-bank");
    SyntheticBank.generate(new GeneratorOptions(200, 24, 11, YearMonth.of(2026, 9)), bank);
    List<Path> files =
        Arrays.stream(ContractKind.values()).map(k -> bank.resolve(k.fileStem() + ".csv")).toList();
    ImportReport report =
        importer.importPaths(files, ImportRequest.of("tester", "test", LocalDate.of(2026, 10, 1)));
    assertThat(report.exitCode()).isZero();
  }

  @Test
  void scoresEveryEnterpriseAsTheWeightedSumOfItsFactorsWithReasons() throws Exception {
    Scoring.Run run = scoring.scoreAll(AS_OF);

    assertThat(run.scored()).hasSize(200);
    assertThat(run.scored())
        .allSatisfy(
            s -> {
              double sum =
                  s.score().factors().stream().mapToDouble(f -> f.value() * f.weight() / 100).sum();
              assertThat(s.score().total()).isCloseTo(sum, within(0.01)).isBetween(0.0, 100.0);
              assertThat(s.score().reasons()).isNotEmpty();
              assertThat(s.score().factors())
                  .extracting(FactorScore::weight)
                  .containsExactly(20.0, 15.0, 25.0, 20.0, 10.0, 10.0);
            });
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM score WHERE as_of = ?", Long.class, AS_OF))
        .isEqualTo(200L);
    assertThat(run.scored().stream().map(s -> s.score().grade()).distinct().count())
        .as("a bank of 200 firms spreads over more than one grade")
        .isGreaterThan(1);
    Scores.Kept kept = scores.history("E0000001").get(0);
    assertThat(kept.reasonsZh()).isEqualTo(run.scored().get(0).score().reasonsText());
  }

  @Test
  void dataArrivingAfterTheAsOfDateChangesNoScore() throws Exception {
    Map<String, Double> before = totals(scoring.compute(AS_OF));

    Path later = Files.createTempDirectory("loanradar-later");
    Files.writeString(
        later.resolve("events.csv"),
        "event_id,enterprise_id,occurred_at,source,type,title,sentiment\n"
            + "LATE1,E0000001,2026-07-15,COURT,DISHONEST_DEBTOR,被列为失信被执行人,-0.9\n"
            + "LATE2,E0000002,2026-08-01,NEWS,NEGATIVE_NEWS,负面新闻,-0.8\n");
    Files.writeString(
        later.resolve("credit_records.csv"),
        "enterprise_id,report_date,facility_id,lender,facility_type,credit_limit,outstanding,overdue_amount,max_overdue_days,five_category\n"
            + "E0000001,2026-07-31,LATE-F1,某银行,LOAN,1000000,1000000,1000000,200,次级\n");
    Files.writeString(
        later.resolve("financials.csv"),
        "enterprise_id,period_end,period_type,revenue,total_assets,total_liabilities\n"
            + "E0000003,2026-06-30,Q,1.00,100.00,99.00\n");
    importer.importPaths(
        List.of(later), ImportRequest.of("tester", "test", LocalDate.of(2026, 10, 1)));

    assertThat(totals(scoring.compute(AS_OF))).isEqualTo(before);
    assertThat(totals(scoring.compute(LocalDate.of(2026, 9, 30))).get("E0000001"))
        .as("the same data does count once the as-of date passes it")
        .isLessThan(before.get("E0000001"));
  }

  @Test
  void counterpartyTotalsAreTheStoresOwnSumsPerCounterpartyAndDirection() throws Exception {
    Map<String, List<String>> grouped = new TreeMap<>();
    jdbc.query(
        "SELECT enterprise_id, counterparty_name, direction, SUM(amount * COALESCE(fx_rate, 1))"
            + " FROM txn WHERE flow_day BETWEEN ? AND ? AND counterparty_name IS NOT NULL"
            + " GROUP BY enterprise_id, counterparty_name, direction",
        rs -> {
          grouped
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(rs.getString(2) + " " + rs.getString(3) + " " + rs.getBigDecimal(4));
        },
        AS_OF.minusDays(SnapshotReader.COUNTERPARTY_DAYS),
        AS_OF);
    grouped.values().forEach(Collections::sort);

    Map<String, List<String>> read = new TreeMap<>();
    snapshots
        .map(
            AS_OF,
            2,
            s ->
                Map.entry(
                    s.enterprise().id().value(),
                    s.counterparties().stream()
                        .map(c -> c.name() + " " + c.direction() + " " + c.total())
                        .toList()))
        .stream()
        .filter(e -> !e.getValue().isEmpty())
        .forEach(e -> read.put(e.getKey(), e.getValue().stream().sorted().toList()));

    assertThat(grouped).as("the generated bank has counterparties").hasSizeGreaterThan(100);
    assertThat(read).isEqualTo(grouped);
  }

  private static Map<String, Double> totals(Scoring.Run run) {
    return run.scored().stream()
        .collect(Collectors.toMap(s -> s.enterpriseId().value(), s -> s.score().total()));
  }
}
