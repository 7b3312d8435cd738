package io.loanradar.app.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.loanradar.app.ingest.ImportReport;
import io.loanradar.app.ingest.ImportRequest;
import io.loanradar.app.ingest.Importer;
import io.loanradar.app.score.ModelScores;
import io.loanradar.app.score.Scoring;
import io.loanradar.core.contract.ContractKind;
import io.loanradar.core.synthetic.GeneratorOptions;
import io.loanradar.core.synthetic.SyntheticBank;
import io.loanradar.model.Learner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Platform models on a generated bank: training sets (rows, labels, the point-in-time guarantee),
 * training into the registry, maker-checker promotion and the champion in scoring; subclasses pick
 * H2 or PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PlatformModelsIT {

  static final LocalDate D = LocalDate.of(2025, 9, 30);

  @Autowired Importer importer;
  @Autowired TrainingSets sets;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformModels models;
  @Autowired ModelRegistry registry;
  @Autowired Scoring scoring;

  @BeforeAll
  void importABank() throws Exception {
    Path bank = Files.createTempDirectory("loanradar-models-bank");
    SyntheticBank.generate(new GeneratorOptions(80, 24, 5, YearMonth.of(2026, 9)), bank);
    List<Path> files =
        Arrays.stream(ContractKind.values()).map(k -> bank.resolve(k.fileStem() + ".csv")).toList();
    ImportReport report =
        importer.importPaths(files, ImportRequest.of("tester", "test", LocalDate.of(2026, 10, 1)));
    assertThat(report.exitCode()).isZero();
  }

  @Test
  void monthlyDatesKeepMonthEndsAndTheDefaultsLeaveTheOutcomeWindow() {
    assertThat(TrainingSets.dates(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 4, 30), 1))
        .containsExactly(
            LocalDate.of(2025, 1, 31),
            LocalDate.of(2025, 2, 28),
            LocalDate.of(2025, 3, 31),
            LocalDate.of(2025, 4, 30));
    List<LocalDate> pd = sets.defaultDates(PlatformTarget.PD_12M, 1);
    assertThat(pd.get(0)).isEqualTo(LocalDate.of(2025, 4, 30));
    assertThat(pd.get(pd.size() - 1)).isBetween(LocalDate.of(2025, 8, 31), D);
    List<LocalDate> propensity = sets.defaultDates(PlatformTarget.PROPENSITY_90D, 2);
    assertThat(propensity.get(0)).isEqualTo(LocalDate.of(2025, 4, 30));
    assertThat(propensity.get(1)).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(propensity.get(propensity.size() - 1)).isAfter(D);
  }

  @Test
  void noFeatureSeesDataAfterItsAsOfDateWhileTheLabelDoes() throws Exception {
    TrainingSet pdBefore = sets.build(PlatformTarget.PD_12M, List.of(D));
    TrainingSet propensityBefore = sets.build(PlatformTarget.PROPENSITY_90D, List.of(D));
    assertThat(propensityBefore.rows()).hasSize(80);
    assertThat(pdBefore.rows()).isNotEmpty().hasSizeLessThan(80);
    assertThat(pdBefore.columns().subList(0, 3))
        .containsExactly("enterprise_id", "as_of", "pd_12m");
    assertThat(pdBefore.features()).contains("debt_ratio", "inflow_3m");

    String borrower = firstWithLabel(pdBefore, "0");
    String prospect = firstWithLabel(propensityBefore, "0");
    Map<String, Double> borrowerLater = sets.features(D.plusMonths(3)).get(borrower).asMap();

    Map<String, Object> loan =
        jdbc.queryForMap(
            "SELECT loan_id, product_code, amount, annual_rate, start_date, maturity_date FROM loan"
                + " WHERE enterprise_id = ? AND start_date <= ? AND maturity_date >= ?"
                + " ORDER BY loan_id FETCH FIRST 1 ROWS ONLY",
            borrower,
            D,
            D);
    String account =
        jdbc.queryForObject(
            "SELECT MIN(account_id) FROM txn WHERE enterprise_id = ?", String.class, borrower);
    Path later = Files.createTempDirectory("loanradar-models-later");
    Files.writeString(
        later.resolve("loans.csv"),
        "loan_id,enterprise_id,product_code,amount,outstanding,annual_rate,start_date,"
            + "maturity_date,status,overdue_days,five_category,status_date\n"
            // the borrower's running loan defaults four months after D
            + String.join(
                ",",
                loan.get("loan_id").toString(),
                borrower,
                String.valueOf(loan.get("product_code")),
                loan.get("amount").toString(),
                loan.get("amount").toString(),
                loan.get("annual_rate").toString(),
                loan.get("start_date").toString(),
                loan.get("maturity_date").toString(),
                "DEFAULTED",
                "120",
                "LOSS",
                "2026-01-31")
            + "\n"
            // the prospect takes a new loan six weeks after D
            + "LATE-L1,"
            + prospect
            + ",WC01,3000000,3000000,0.04,2025-11-10,2026-11-10,ACTIVE,0,NORMAL,2025-11-10\n");
    Files.writeString(
        later.resolve("transactions.csv"),
        "txn_id,enterprise_id,account_id,booked_at,amount,direction,counterparty_name,"
            + "counterparty_account,counterparty_enterprise_id,purpose,channel,balance_after,currency\n"
            + "LATE-T1,"
            + borrower
            + ","
            + account
            + ",2025-10-15T10:00:00,90000000.00,OUT,某债权人,,,OTHER,网银,1.00,CNY\n");
    Files.writeString(
        later.resolve("events.csv"),
        "event_id,enterprise_id,occurred_at,source,type,title,sentiment\n"
            + "LATE-E1,"
            + borrower
            + ",2025-10-20,COURT,DISHONEST_DEBTOR,被列为失信被执行人,-0.9\n");
    Files.writeString(
        later.resolve("credit_records.csv"),
        "enterprise_id,report_date,facility_id,lender,facility_type,credit_limit,outstanding,"
            + "overdue_amount,max_overdue_days,five_category\n"
            + borrower
            + ",2025-10-31,LATE-F1,某银行,LOAN,1000000,1000000,1000000,200,次级\n");
    // a statement for the quarter ending on D is published 90 days later, after D
    Files.writeString(
        later.resolve("financials.csv"),
        "enterprise_id,period_end,period_type,revenue,total_assets,total_liabilities\n"
            + borrower
            + ",2025-09-30,Q,1.00,100.00,99.00\n");
    ImportReport report =
        importer.importPaths(
            List.of(later), ImportRequest.of("tester", "test", LocalDate.of(2026, 10, 2)));
    assertThat(report.exitCode()).as(report.toString()).isZero();

    TrainingSet pdAfter = sets.build(PlatformTarget.PD_12M, List.of(D));
    TrainingSet propensityAfter = sets.build(PlatformTarget.PROPENSITY_90D, List.of(D));

    assertThat(features(pdAfter)).isEqualTo(features(pdBefore));
    assertThat(features(propensityAfter)).isEqualTo(features(propensityBefore));
    assertThat(label(pdBefore, borrower)).isEqualTo("0");
    assertThat(label(pdAfter, borrower)).as("the default after D is the pd label").isEqualTo("1");
    assertThat(label(propensityAfter, prospect))
        .as("the loan after D is the propensity label")
        .isEqualTo("1");
    assertThat(sets.features(D.plusMonths(3)).get(borrower).asMap())
        .as("the same data does count once the as-of date passes it")
        .isNotEqualTo(borrowerLater);
  }

  @Test
  void aCandidateBecomesChampionOnlyWhenASecondPersonApproves() throws Exception {
    List<LocalDate> dates = sets.defaultDates(PlatformTarget.PROPENSITY_90D, 2);
    PlatformModels.Result first =
        models.train(PlatformTarget.PROPENSITY_90D, Learner.SCORECARD, dates, "ana");
    ModelRegistry.Version v1 = first.version();
    assertThat(v1.status()).isEqualTo(ModelRegistry.Status.CANDIDATE);
    assertThat(v1.version()).isEqualTo(1);
    assertThat(first.validateDates()).allMatch(d -> d.isAfter(first.trainDates().get(0)));
    assertThat(first.validateDates().get(0))
        .isAfter(first.trainDates().get(first.trainDates().size() - 1));
    assertThat(first.validation().auc()).isBetween(0.0, 1.0);
    assertThat(Path.of(v1.dir()).resolve("model.json")).exists();
    assertThat(v1.metrics()).contains("\"validation\"").contains("\"auc\"");
    assertThat(scoring.compute(D).scored())
        .as("without a champion, scoring leaves both probabilities empty")
        .allSatisfy(s -> assertThat(s.models()).isEqualTo(ModelScores.Probabilities.NONE));

    assertThatThrownBy(() -> registry.approve(v1.id(), "risk1", "ok"))
        .isInstanceOf(ModelRegistry.Refused.class)
        .hasMessageContaining("no promotion");
    registry.requestPromotion(v1.id(), "ana", "validated on the later dates");
    long audits = count("SELECT COUNT(*) FROM audit_log");
    long events = count("SELECT COUNT(*) FROM model_event");
    assertThatThrownBy(() -> registry.approve(v1.id(), "ana", "my own"))
        .isInstanceOf(ModelRegistry.Refused.class)
        .hasMessageContaining("ana requested this promotion and cannot approve it");
    assertThat(registry.find(v1.id()).orElseThrow().status())
        .as("refused: nothing changed")
        .isEqualTo(ModelRegistry.Status.CANDIDATE);
    assertThat(registry.champion(PlatformTarget.PROPENSITY_90D)).isEmpty();
    assertThat(count("SELECT COUNT(*) FROM model_event")).isEqualTo(events);
    assertThat(count("SELECT COUNT(*) FROM audit_log")).isEqualTo(audits);

    registry.approve(v1.id(), "risk1", "second pair of eyes");
    assertThat(registry.champion(PlatformTarget.PROPENSITY_90D).orElseThrow().id())
        .isEqualTo(v1.id());
    assertThat(registry.events(v1.id()))
        .extracting(ModelRegistry.Event::action, ModelRegistry.Event::actor)
        .containsExactly(
            tuple("TRAINED", "ana"), tuple("REQUESTED", "ana"), tuple("APPROVED", "risk1"));
    assertThat(
            count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'MODEL_APPROVED' AND actor = 'risk1'"))
        .isEqualTo(1);

    List<Scoring.Scored> scored = scoring.compute(D).scored();
    assertThat(scored)
        .allSatisfy(
            s -> {
              assertThat(s.models().propensity90d()).isPresent();
              assertThat(s.models().propensity90d().getAsDouble()).isBetween(0.0, 1.0);
              assertThat(s.models().pd12m()).isEmpty();
            });
    assertThat(
            scored.stream().mapToDouble(s -> s.models().propensity90d().getAsDouble()).distinct())
        .as("the model tells firms apart")
        .hasSizeGreaterThan(5);

    ModelRegistry.Version v2 =
        models.train(PlatformTarget.PROPENSITY_90D, Learner.GBM, dates, "ana").version();
    assertThat(v2.version()).isEqualTo(2);
    registry.requestPromotion(v2.id(), "ana", null);
    registry.approve(v2.id(), "bob", null);
    assertThat(registry.find(v1.id()).orElseThrow().status())
        .as("the old champion is retired as the new one is approved")
        .isEqualTo(ModelRegistry.Status.RETIRED);
    assertThat(registry.champion(PlatformTarget.PROPENSITY_90D).orElseThrow().id())
        .isEqualTo(v2.id());
    assertThat(
            count(
                "SELECT COUNT(*) FROM model_version WHERE target = 'propensity_90d' AND status ="
                    + " 'CHAMPION'"))
        .isEqualTo(1);
  }

  private long count(String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }

  private static String firstWithLabel(TrainingSet set, String label) {
    return set.rows().stream()
        .filter(r -> r[2].equals(label))
        .map(r -> r[0])
        .findFirst()
        .orElseThrow();
  }

  private static String label(TrainingSet set, String id) {
    return set.rows().stream().filter(r -> r[0].equals(id)).findFirst().orElseThrow()[2];
  }

  /** Every row's feature cells by enterprise and as-of date. */
  private static Map<String, List<String>> features(TrainingSet set) {
    Map<String, List<String>> out = new HashMap<>();
    for (String[] r : set.rows()) {
      out.put(
          r[0] + "@" + r[1], Arrays.asList(Arrays.copyOfRange(r, TrainingSet.LEADING, r.length)));
    }
    return out;
  }
}
