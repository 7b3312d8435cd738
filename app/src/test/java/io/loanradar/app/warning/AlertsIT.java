package io.loanradar.app.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loanradar.app.ingest.ImportReport;
import io.loanradar.app.ingest.ImportRequest;
import io.loanradar.app.ingest.Importer;
import io.loanradar.core.contract.ContractKind;
import io.loanradar.core.synthetic.GeneratorOptions;
import io.loanradar.core.synthetic.SyntheticBank;
import io.loanradar.core.warning.AlertStatus;
import io.loanradar.core.warning.Assessment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/** Alerts raised from a generated bank in the store; subclasses pick H2 or PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AlertsIT {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  static final LocalDate IMPORTED = LocalDate.of(2026, 10, 1);

  @Autowired Importer importer;
  @Autowired Alerts alerts;
  @Autowired Assessing assessing;
  @Autowired Watchlist watchlist;
  @Autowired WarningBacktest backtest;
  @Autowired WarningProperties properties;
  @Autowired JdbcTemplate jdbc;

  Path bank;

  @BeforeAll
  void importABank() throws Exception {
    bank = Files.createTempDirectory("loanradar-warning-bank");
    SyntheticBank.generate(new GeneratorOptions(200, 24, 11, YearMonth.of(2026, 9)), bank);
    List<Path> files =
        Arrays.stream(ContractKind.values()).map(k -> bank.resolve(k.fileStem() + ".csv")).toList();
    ImportReport report = importer.importPaths(files, ImportRequest.of("tester", "test", IMPORTED));
    assertThat(report.exitCode()).isZero();
  }

  @Test
  void raisesOneOpenAlertPerDebtorWithEvidenceAndNoDuplicatesOnARerun() throws Exception {
    Alerts.Run first = alerts.raise(AS_OF, "tester");
    long rows = count("SELECT COUNT(*) FROM warning_alert");

    assertThat(first.assessments()).hasSize(200);
    assertThat(first.current()).isNotEmpty();
    assertThat(first.current())
        .allSatisfy(
            a -> {
              assertThat(a.signals()).isNotBlank();
              assertThat(a.evidenceZh()).containsPattern("20\\d\\d-\\d\\d");
              assertThat(a.evidenceEn()).isNotBlank();
              assertThat(a.riskGrade()).isBetween(3, 5);
            });
    Alerts.Run again = alerts.raise(AS_OF, "tester");
    assertThat(again.raised()).isEmpty();
    assertThat(again.escalated()).isEmpty();
    assertThat(count("SELECT COUNT(*) FROM warning_alert")).isEqualTo(rows);
    assertThat(
            count(
                "SELECT COUNT(*) FROM (SELECT enterprise_id FROM warning_alert WHERE open_key IS"
                    + " NOT NULL GROUP BY enterprise_id HAVING COUNT(*) > 1) x"))
        .isZero();
  }

  @Test
  void newAlertsAreDueForAcknowledgementWithinTheirSeveritysSla() throws Exception {
    Alerts.Run run = alerts.raise(AS_OF, "tester");
    assertThat(alerts.open())
        .filteredOn(a -> alerts.history(a.alertId()).size() == 1)
        .allSatisfy(
            a ->
                assertThat(Duration.between(a.createdAt(), a.slaDueAt()))
                    .isEqualTo(properties.slaFor(a.severity())));
    assertThat(properties.slaFor(io.loanradar.core.warning.Severity.CRITICAL))
        .isEqualTo(Duration.ofHours(1));
    assertThat(run.current()).isNotEmpty();
  }

  @Test
  void escalatesTheOpenAlertInPlaceWhenTheDebtorGetsWorse() throws Exception {
    List<Alert> current = alerts.raise(AS_OF, "tester").current();
    Alert before =
        current.stream()
            .filter(a -> a.riskGrade() < 5 && a.status().open())
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "the bank should have an alert below grade 5; current: "
                            + current.stream()
                                .map(a -> a.enterpriseId() + " " + a.riskGrade() + " " + a.status())
                                .toList()));
    String id = before.enterpriseId();
    Path later = Files.createTempDirectory("loanradar-warning-later");
    Files.writeString(
        later.resolve("events.csv"),
        "event_id,enterprise_id,occurred_at,source,type,title,sentiment\n"
            + "ESC1,"
            + id
            + ",2026-07-02,COURT,DISHONEST_DEBTOR,被列为失信被执行人,-0.9\n");
    importer.importPaths(List.of(later), ImportRequest.of("tester", "test", IMPORTED));

    Alerts.Run run = alerts.raise(AS_OF.plusDays(7), "tester");

    Alert after = alerts.find(before.alertId()).orElseThrow();
    assertThat(run.escalated()).extracting(Alert::alertId).contains(before.alertId());
    assertThat(after.riskGrade()).isGreaterThan(before.riskGrade());
    assertThat(after.severity()).isGreaterThan(before.severity());
    assertThat(after.signals()).contains("COURT_DISHONEST");
    assertThat(after.evidenceZh()).contains("2026-07-02");
    assertThat(after.raisedOn()).isEqualTo(before.raisedOn());
    assertThat(alerts.ofEnterprise(id)).filteredOn(a -> a.status().open()).hasSize(1);
    assertThat(alerts.history(before.alertId()))
        .extracting(Alert.Step::kind)
        .contains("RAISED", "ESCALATED");
  }

  @Test
  void lifecycleKeepsWhoWhenAndNoteAndRefusesIllegalMoves() throws Exception {
    List<Alert> current = alerts.raise(AS_OF, "tester").current();
    Alert alert = current.get(current.size() - 1);
    String id = alert.alertId();

    assertThatThrownBy(() -> alerts.resolve(id, "alice", "太早"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NEW")
        .hasMessageContaining("RESOLVED");
    assertThatThrownBy(() -> alerts.acknowledge(id, " ", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> alerts.acknowledge("NO-SUCH", "alice", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NO-SUCH");
    Alert acknowledged = alerts.acknowledge(id, "alice", "已电话联系客户经理");
    assertThat(acknowledged.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
    assertThat(acknowledged.acknowledgedAt()).isPresent();
    alerts.startWork(id, "bob", "安排实地走访");
    Alert resolved = alerts.resolve(id, "bob", "已补充担保");
    assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(resolved.closedAt()).isPresent();
    assertThatThrownBy(() -> alerts.startWork(id, "bob", "again"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");

    List<Alert.Step> steps = alerts.history(id);
    assertThat(steps)
        .extracting(Alert.Step::actor)
        .containsSubsequence("tester", "alice", "bob", "bob");
    assertThat(steps)
        .filteredOn(s -> s.kind().equals("TRANSITION"))
        .extracting(s -> s.toStatus().orElseThrow())
        .containsExactly(AlertStatus.ACKNOWLEDGED, AlertStatus.IN_PROGRESS, AlertStatus.RESOLVED);
    assertThat(steps).extracting(Alert.Step::note).contains("已补充担保");

    Alert reraised =
        alerts.raise(AS_OF, "tester").raised().stream()
            .filter(a -> a.enterpriseId().equals(alert.enterpriseId()))
            .findFirst()
            .orElseThrow();
    assertThat(reraised.alertId()).isNotEqualTo(id).endsWith("-2");
  }

  @Test
  void aMissedAcknowledgementSlaEscalatesToTheSupervisorOnce() throws Exception {
    Alert alert =
        alerts.raise(AS_OF, "tester").current().stream()
            .filter(a -> a.status() == AlertStatus.NEW && a.slaEscalatedAt().isEmpty())
            .findFirst()
            .orElseThrow();

    assertThat(alerts.escalateMissedSla(alert.slaDueAt().minusSeconds(1)))
        .extracting(Alert::alertId)
        .doesNotContain(alert.alertId());
    assertThat(alerts.escalateMissedSla(alert.slaDueAt().plusSeconds(1)))
        .extracting(Alert::alertId)
        .contains(alert.alertId());
    assertThat(alerts.escalateMissedSla(alert.slaDueAt().plusSeconds(60)))
        .extracting(Alert::alertId)
        .doesNotContain(alert.alertId());
    assertThat(alerts.find(alert.alertId()).orElseThrow().slaEscalatedAt()).isPresent();
    assertThat(alerts.history(alert.alertId()))
        .filteredOn(s -> s.kind().equals("SLA_MISSED"))
        .singleElement()
        .satisfies(s -> assertThat(s.actor()).isEqualTo(Alerts.SYSTEM));
  }

  @Test
  void rowsDatedAfterTheAsOfDateChangeNoAssessment() throws Exception {
    Map<String, String> before = summary(assessing.assessAll(AS_OF));
    Path later = Files.createTempDirectory("loanradar-warning-pit");
    Files.writeString(
        later.resolve("events.csv"),
        "event_id,enterprise_id,occurred_at,source,type,title,sentiment\n"
            + "PIT1,E0000005,2026-07-01,COURT,ENFORCEMENT,被强制执行,-0.9\n"
            + "PIT2,E0000006,2026-08-01,NEWS,NEGATIVE_NEWS,负面新闻,-0.8\n");
    Files.writeString(
        later.resolve("credit_records.csv"),
        "enterprise_id,report_date,facility_id,lender,facility_type,credit_limit,outstanding,overdue_amount,max_overdue_days,five_category\n"
            + "E0000005,2026-07-31,PIT-F1,某银行,LOAN,1000000,1000000,1000000,200,次级\n");
    importer.importPaths(List.of(later), ImportRequest.of("tester", "test", IMPORTED));

    assertThat(summary(assessing.assessAll(AS_OF))).isEqualTo(before);
    assertThat(summary(assessing.assessAll(LocalDate.of(2026, 8, 15))).get("E0000005"))
        .as("the same rows count once the as-of date passes them")
        .contains("BUREAU_OVERDUE")
        .contains("COURT_ENFORCEMENT");
  }

  @Test
  void watchlistKeepsReasonReviewDateAndHistory() {
    Watchlist.Entry added = watchlist.add("E0000007", "担保圈风险", LocalDate.of(2026, 9, 30), "carol");
    assertThat(added.reason()).isEqualTo("担保圈风险");
    assertThat(watchlist.active()).extracting(Watchlist.Entry::enterpriseId).contains("E0000007");
    assertThatThrownBy(() -> watchlist.add("E0000007", "again", LocalDate.of(2026, 9, 30), "carol"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("E0000007");
    assertThatThrownBy(() -> watchlist.add("NOPE", "x", LocalDate.of(2026, 9, 30), "carol"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NOPE");

    Watchlist.Entry removed = watchlist.remove("E0000007", "风险已化解", "dave");
    assertThat(removed.removedBy()).contains("dave");
    assertThat(watchlist.active(("E0000007"))).isEmpty();
    assertThat(watchlist.add("E0000007", "再次关注", LocalDate.of(2026, 12, 31), "carol").reason())
        .isEqualTo("再次关注");
    assertThat(watchlist.history("E0000007")).hasSize(2);
  }

  @Test
  void backtestAlertsPlantedDeteriorationsBeforeTheirOutcome() throws Exception {
    WarningBacktest.Result r =
        backtest.run(
            LocalDate.of(2024, 11, 1), LocalDate.of(2026, 9, 30), 14, bank.resolve("truth.csv"));

    assertThat(r.debtors()).hasSize(200);
    assertThat(r.outcomes()).isPositive();
    assertThat(r.recall()).isGreaterThan(0);
    assertThat(r.medianLead()).isPositive();
    assertThat(r.precision()).isBetween(0.0, 1.0).isPositive();
    assertThat(r.debtors())
        .filteredOn(d -> d.leadDays().isPresent())
        .anySatisfy(d -> assertThat(d.story()).contains("DETERIORATION"));
  }

  private long count(String sql) {
    Long n = jdbc.queryForObject(sql, Long.class);
    return n == null ? 0 : n;
  }

  private static Map<String, String> summary(List<Assessment> run) {
    return run.stream()
        .collect(
            Collectors.toMap(
                a -> a.enterpriseId().value(),
                a -> a.riskGrade() + "|" + a.signalCodes() + "|" + a.evidenceEn()));
  }
}
