package io.loanradar.app.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loanradar.app.ingest.ImportReport;
import io.loanradar.app.ingest.ImportRequest;
import io.loanradar.app.ingest.Importer;
import io.loanradar.app.product.Catalogue;
import io.loanradar.core.contract.ContractKind;
import io.loanradar.core.demand.ChainLink;
import io.loanradar.core.demand.OpportunityStage;
import io.loanradar.core.demand.Scenario;
import io.loanradar.core.product.Product;
import io.loanradar.core.synthetic.GeneratorOptions;
import io.loanradar.core.synthetic.SyntheticBank;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Opportunities from the store on a generated bank; subclasses pick H2 or PostgreSQL. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "loanradar.scoring.after-import=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class OpportunitiesIT {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  static final LocalDate IMPORTED_ON = LocalDate.of(2026, 10, 1);

  @Autowired Importer importer;
  @Autowired Opportunities opportunities;
  @Autowired DemandScan scan;
  @Autowired Backtest backtest;
  @Autowired Catalogue catalogue;
  @Autowired JdbcTemplate jdbc;

  Path bank;

  @BeforeAll
  void importABank() throws Exception {
    bank = Files.createTempDirectory("loanradar-demand-bank");
    SyntheticBank.generate(new GeneratorOptions(200, 24, 11, YearMonth.of(2026, 9)), bank);
    List<Path> files =
        Arrays.stream(ContractKind.values()).map(k -> bank.resolve(k.fileStem() + ".csv")).toList();
    ImportReport report =
        importer.importPaths(files, ImportRequest.of("tester", "test", IMPORTED_ON));
    assertThat(report.exitCode()).isZero();
  }

  @Test
  @Order(1)
  void findsOpportunitiesWithEvidenceProductsAndOwnerAndNeverDuplicatesThem() throws Exception {
    Opportunities.Refresh first = opportunities.refresh(AS_OF);

    assertThat(first.created()).isPositive();
    List<Opportunity> open = opportunities.open(null);
    assertThat(open).hasSize(first.created());
    assertThat(open.stream().map(Opportunity::scenario).distinct().count())
        .as("a bank of 200 firms shows more than one scenario")
        .isGreaterThan(1);
    Map<String, String> rms =
        jdbc
            .queryForList("SELECT enterprise_id, rm_id FROM enterprise WHERE rm_id IS NOT NULL")
            .stream()
            .collect(
                Collectors.toMap(
                    r -> (String) r.get("enterprise_id"), r -> (String) r.get("rm_id")));
    assertThat(open)
        .allSatisfy(
            o -> {
              assertThat(o.stage()).isEqualTo(OpportunityStage.NEW);
              assertThat(o.detectedOn()).isEqualTo(AS_OF);
              assertThat(o.amount()).isPositive();
              assertThat(o.expectedBy()).isAfterOrEqualTo(AS_OF);
              assertThat(o.priority()).isBetween(1, 5);
              assertThat(o.evidenceZh()).isNotEmpty().hasSameSizeAs(o.evidenceEn());
              assertThat(o.evidenceZh().get(o.evidenceZh().size() - 1)).contains("估算金额");
              assertThat(o.owner()).isEqualTo(Optional.ofNullable(rms.get(o.enterpriseId())));
              assertThat(o.productsZh()).isNotEmpty();
            });
    assertThat(open).anySatisfy(o -> assertThat(o.products()).isNotEmpty());
    assertThat(open.stream().map(o -> o.enterpriseId() + o.scenario()).distinct().count())
        .isEqualTo(open.size());

    Opportunities.Refresh again = opportunities.refresh(AS_OF);
    assertThat(again.created()).isZero();
    assertThat(again.refreshed()).isEqualTo(first.created());
    assertThat(opportunities.open(null)).hasSize(open.size());
    assertThat(opportunities.transitions(open.get(0).id()))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.from()).isEmpty();
              assertThat(t.to()).isEqualTo(OpportunityStage.NEW);
              assertThat(t.actor()).isEqualTo(Opportunities.SYSTEM);
            });

    Path csv = Files.createTempFile("opportunities", ".csv");
    OpportunityCsv.write(open, csv, true);
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0))
        .isEqualTo(
            "opportunity_id,enterprise_id,detected_on,scenario,estimated_amount,expected_by,"
                + "products,priority,evidence");
    assertThat(lines).hasSize(open.size() + 1);
  }

  @Test
  @Order(2)
  void movesThroughTheLifecycleRefusesIllegalMovesAndCoolsDownAfterLost() throws Exception {
    List<Opportunity> open = opportunities.open(null);
    Opportunity a = open.get(0);
    Opportunity b = open.get(1);

    Opportunity contacted = opportunities.move(a.id(), OpportunityStage.CONTACTED, "rm-li", "拜访客户");
    assertThat(contacted.stage()).isEqualTo(OpportunityStage.CONTACTED);
    assertThatThrownBy(() -> opportunities.move(a.id(), OpportunityStage.APPROVED, "rm-li", null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(a.id())
        .hasMessageContaining("CONTACTED")
        .hasMessageContaining("APPROVED");
    assertThatThrownBy(() -> opportunities.lose(a.id(), "rm-li", " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> opportunities.move("NOPE", OpportunityStage.CONTACTED, "rm-li", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NOPE");

    Opportunity lost = opportunities.lose(b.id(), "rm-wang", "客户已获他行授信");
    assertThat(lost.stage()).isEqualTo(OpportunityStage.LOST);
    assertThat(lost.lostReason()).contains("客户已获他行授信");
    assertThat(lost.closedOn()).isPresent();
    assertThatThrownBy(
            () -> opportunities.move(b.id(), OpportunityStage.CONTACTED, "rm-wang", null))
        .isInstanceOf(IllegalStateException.class);
    assertThat(opportunities.transitions(a.id()))
        .extracting(Opportunity.Transition::to, Opportunity.Transition::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(OpportunityStage.NEW, Opportunities.SYSTEM),
            org.assertj.core.groups.Tuple.tuple(OpportunityStage.CONTACTED, "rm-li"));
    assertThat(opportunities.transitions(a.id()).get(1).note()).contains("拜访客户");

    Opportunities.Refresh again = opportunities.refresh(AS_OF);
    assertThat(again.created()).as("the lost scenario stays closed during the cooldown").isZero();
    assertThat(again.cooledDown()).isGreaterThanOrEqualTo(1);
    assertThat(opportunities.ofEnterprise(b.enterpriseId()))
        .filteredOn(o -> o.scenario() == b.scenario())
        .singleElement()
        .extracting(Opportunity::stage)
        .isEqualTo(OpportunityStage.LOST);
  }

  @Test
  @Order(3)
  void aLoanStartedAfterTheDetectionDisbursesTheOpportunityAndIsLinked() throws Exception {
    List<String> borrowing =
        jdbc.queryForList(
            "SELECT enterprise_id FROM loan WHERE start_date BETWEEN ? AND ?",
            String.class,
            java.sql.Date.valueOf(AS_OF),
            // a loan of its own starting before the one imported below would be linked instead
            java.sql.Date.valueOf(LocalDate.of(2026, 7, 20)));
    Opportunity o =
        opportunities.open(null).stream()
            .filter(x -> !borrowing.contains(x.enterpriseId()))
            .findFirst()
            .orElseThrow();
    Path later = Files.createTempDirectory("loanradar-demand-loan");
    Files.writeString(
        later.resolve("loans.csv"),
        "loan_id,enterprise_id,product_code,amount,outstanding,annual_rate,start_date,"
            + "maturity_date,status,overdue_days,five_category,status_date\n"
            + "LNEW1,"
            + o.enterpriseId()
            + ",WC01,1000000,1000000,0.045,2026-07-20,2027-07-19,ACTIVE,0,NORMAL,2026-07-20\n");
    assertThat(
            importer
                .importPaths(List.of(later), ImportRequest.of("tester", "test", IMPORTED_ON))
                .exitCode())
        .isZero();

    opportunities.refresh(LocalDate.of(2026, 7, 31));

    Opportunity done = opportunities.find(o.id()).orElseThrow();
    assertThat(done.stage()).isEqualTo(OpportunityStage.DISBURSED);
    assertThat(done.loanId()).contains("LNEW1");
    assertThat(done.closedOn()).contains(LocalDate.of(2026, 7, 20));
    assertThat(opportunities.transitions(o.id()))
        .last()
        .satisfies(
            t -> {
              assertThat(t.to()).isEqualTo(OpportunityStage.DISBURSED);
              assertThat(t.actor()).isEqualTo(Opportunities.SYSTEM);
              assertThat(t.note().orElseThrow()).contains("LNEW1", "2026-07-20");
            });
  }

  @Test
  @Order(4)
  void dataArrivingAfterTheAsOfDateChangesNoNeed() throws Exception {
    LocalDate asOf = LocalDate.of(2026, 5, 31);
    List<String> before = needs(asOf);
    String id = "E0000007";
    Path later = Files.createTempDirectory("loanradar-demand-later");
    Files.writeString(
        later.resolve("events.csv"),
        "event_id,enterprise_id,occurred_at,source,type,title,sentiment,amount\n"
            + "LATE1,"
            + id
            + ",2026-06-01,DIGITAL,PRE_APPLICATION_STARTED,网银预申请,0,3000000\n"
            + "LATE2,"
            + id
            + ",2026-06-02,NEWS,INVESTMENT_ANNOUNCEMENT,投资公告,0.5,90000000\n"
            // expansion needs money moving besides the announcement: capital paid in
            + "LATE3,"
            + id
            + ",2026-06-02,REGISTRY,CAPITAL_INCREASE,注册资本增加,0.3,20000000\n");
    importer.importPaths(List.of(later), ImportRequest.of("tester", "test", IMPORTED_ON));

    assertThat(needs(asOf)).isEqualTo(before);
    assertThat(needs(LocalDate.of(2026, 6, 2)))
        .as("the same rows count once the as-of date passes them")
        .anyMatch(n -> n.startsWith(id + ":" + Scenario.DIGITAL_INTENT + ":"))
        .anyMatch(n -> n.startsWith(id + ":" + Scenario.EXPANSION + ":"));
  }

  private List<String> needs(LocalDate asOf) throws Exception {
    return scan.scan(asOf).stream()
        .map(
            f ->
                f.enterprise().id().value()
                    + ":"
                    + f.need().scenario()
                    + ":"
                    + f.need().amount()
                    + ":"
                    + f.need().expectedBy()
                    + ":"
                    + String.join(
                        "|", f.need().trigger().evidence().stream().map(e -> e.en()).toList())
                    + ":"
                    + f.products().stream()
                        .filter(p -> p.eligible())
                        .map(p -> p.product().code())
                        .toList())
        .toList();
  }

  @Test
  @Order(4)
  void suppliersReceiptsFromTheirCoreEnterprisesAreReadUpToTheDate() {
    LocalDate from = AS_OF.minusDays(StoreFacts.RECEIPT_DAYS);
    StoreFacts facts = StoreFacts.read(jdbc, AS_OF, 1);
    List<Map.Entry<String, ChainLink>> links =
        facts.links.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(l -> Map.entry(e.getKey(), l)))
            .filter(e -> !e.getValue().receipts().isEmpty())
            .toList();
    assertThat(links)
        .as("the small bank's suppliers are paid by their core enterprises")
        .isNotEmpty();
    for (Map.Entry<String, ChainLink> e : links) {
      ChainLink link = e.getValue();
      BigDecimal read = link.receipts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal counted =
          jdbc.queryForObject(
              "SELECT SUM(amount) FROM txn WHERE enterprise_id = ? AND counterparty_enterprise_id = ?"
                  + " AND direction = 'IN' AND flow_day BETWEEN ? AND ?",
              BigDecimal.class,
              e.getKey(),
              link.partner().value(),
              java.sql.Date.valueOf(from),
              java.sql.Date.valueOf(AS_OF));
      assertThat(read).isEqualByComparingTo(counted);
      assertThat(link.receipts().firstKey()).isAfterOrEqualTo(from);
      assertThat(link.receipts().lastKey()).isBeforeOrEqualTo(AS_OF);
    }
  }

  @Test
  @Order(5)
  void aBacktestOnTheSmallBankGivesNonTrivialFigures() throws Exception {
    Backtest.Report r =
        backtest.run(
            LocalDate.of(2025, 10, 1),
            LocalDate.of(2026, 6, 30),
            14,
            Optional.of(bank.resolve("truth.csv")));

    assertThat(r.steps()).isEqualTo(20);
    assertThat(r.enterprises()).isEqualTo(200);
    assertThat(r.reads()).isLessThan(r.steps());
    assertThat(r.rows()).hasSize(Scenario.values().length);
    assertThat(r.rows().stream().mapToInt(Backtest.Row::episodes).sum()).isPositive();
    assertThat(r.rows().stream().mapToInt(Backtest.Row::stories).sum()).isPositive();
    assertThat(r.rows())
        .as("some planted stories are found ahead of their need")
        .anySatisfy(
            row -> {
              assertThat(row.found()).isPositive();
              assertThat(row.recall()).isBetween(0.0, 1.0);
              assertThat(row.medianLeadDays()).isPositive();
            });
    assertThat(r.rows())
        .allSatisfy(
            row -> {
              assertThat(row.judged()).isBetween(0, row.episodes());
              if (row.episodes() > 0) {
                assertThat(row.perRmWeek()).isPositive();
              }
              if (row.judged() > 0) {
                assertThat(row.precision()).isBetween(0.0, 1.0);
              } else {
                assertThat(row.precision()).isNaN();
              }
            });
    // the loan book is observed until the bank's last month: episodes begun in the 120 days
    // before are not judged
    assertThat(r.outcomesUntil()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(r.episodes())
        .allSatisfy(
            e -> assertThat(e.judged()).isEqualTo(!e.first().isAfter(LocalDate.of(2026, 6, 2))));
    assertThat(r.episodes().stream().filter(Backtest.EpisodeRow::judged).count())
        .isEqualTo(r.rows().stream().mapToLong(Backtest.Row::judged).sum());
  }

  @Test
  @Order(6)
  void aProductManagerEditsAProductAndABrokenRuleIsRefusedWithItsPosition() {
    Product wc01 = catalogue.find("WC01").orElseThrow();
    Product broken =
        new Product(
            wc01.code(),
            wc01.name(),
            wc01.type(),
            wc01.minAmount(),
            wc01.maxAmount(),
            wc01.minTenorMonths(),
            wc01.maxTenorMonths(),
            wc01.rateFloor(),
            wc01.rateCap(),
            wc01.scenarios(),
            Optional.of("grade in ['A',"),
            wc01.collateralRequired(),
            wc01.industriesExcluded());
    assertThatThrownBy(() -> catalogue.save("pm-zhao", broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WC01")
        .hasMessageMatching("(?s).*1:\\d+.*");

    Product edited =
        new Product(
            wc01.code(),
            wc01.name(),
            wc01.type(),
            wc01.minAmount(),
            wc01.maxAmount(),
            wc01.minTenorMonths(),
            wc01.maxTenorMonths(),
            wc01.rateFloor(),
            wc01.rateCap(),
            wc01.scenarios(),
            Optional.of("grade == 'A' && debt_ratio < 0.6"),
            wc01.collateralRequired(),
            wc01.industriesExcluded());
    catalogue.save("pm-zhao", edited);
    assertThat(catalogue.find("WC01").orElseThrow().eligibility())
        .contains("grade == 'A' && debt_ratio < 0.6");
    assertThat(catalogue.changes("WC01")).singleElement().asString().startsWith("pm-zhao ");
  }
}
