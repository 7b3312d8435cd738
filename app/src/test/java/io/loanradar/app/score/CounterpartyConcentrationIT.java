package io.loanradar.app.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.loanradar.app.ingest.ImportReport;
import io.loanradar.app.ingest.ImportRequest;
import io.loanradar.app.ingest.Importer;
import io.loanradar.core.feature.Counterparty;
import io.loanradar.core.feature.EnterpriseSnapshot;
import io.loanradar.core.feature.FeatureNames;
import io.loanradar.core.feature.Features;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Counterparty totals and concentration read from the store, against figures worked out by hand:
 * two foreign currencies converted at their own rates, one name paid and refunded, a year's window
 * with both ends tried, and rows without a counterparty left out; and the reads that leave flows
 * and counterparties out and fetch them for one enterprise. Subclasses pick H2 or PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CounterpartyConcentrationIT {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  /** E001's twelve-month totals as of {@link #AS_OF}, worked out by hand from the rows below. */
  static final List<String> E001_TOTALS =
      List.of(
          "供应商丁 OUT 20000",
          "供应商丙 OUT 39000",
          "供应商乙 OUT 50000",
          "供应商戊 OUT 10000",
          "供应商甲 IN 5000",
          "供应商甲 OUT 171000",
          "客户A IN 300000",
          "客户B IN 7200",
          "客户C IN 2800");

  @Autowired Importer importer;
  @Autowired SnapshotReader snapshots;
  @Autowired Scoring scoring;

  @BeforeAll
  void importTwoEnterprises() throws Exception {
    Path dir = Files.createTempDirectory("loanradar-concentration");
    Files.writeString(
        dir.resolve("enterprises.csv"),
        "enterprise_id,name,uscc,industry_code,region_code,registered_capital,established_on,"
            + "employees,branch_id,rm_id,relationship_since,group_id,listed\n"
            + "E001,苏州恒达精密机械有限公司,91350100M000100Y43,C3670,320505,50000000.00,2008-05-12,"
            + "320,BR01,RM0001,2015-03-01,,false\n"
            + "E002,杭州云启信息科技有限公司,91110000600037341L,I6510,330106,10000000,2016-07-01,"
            + "85,BR01,RM0002,2019-01-15,,false\n");
    Files.writeString(
        dir.resolve("transactions.csv"),
        "txn_id,enterprise_id,account_id,booked_at,amount,direction,counterparty_name,"
            + "counterparty_account,counterparty_enterprise_id,purpose,channel,balance_after,"
            + "currency,fx_rate\n"
            // suppliers of E001: 甲 100,000 CNY + 10,000 USD at 7.1 = 171,000
            + "T01,E001,A001,2026-01-10T10:00:00,100000.00,OUT,供应商甲,,,SUPPLIER_PAYMENT,网银,,CNY,\n"
            + "T02,E001,A001,2026-03-15T10:00:00,10000.00,OUT,供应商甲,,,SUPPLIER_PAYMENT,网银,,USD,7.1\n"
            + "T03,E001,A001,2026-02-01T10:00:00,50000.00,OUT,供应商乙,,,SUPPLIER_PAYMENT,网银,,,\n"
            // 5,000 EUR at 7.8 = 39,000
            + "T04,E001,A001,2026-05-20T10:00:00,5000.00,OUT,供应商丙,,,SUPPLIER_PAYMENT,网银,,EUR,7.8\n"
            // first day of the window counts
            + "T05,E001,A001,2025-06-30T10:00:00,20000.00,OUT,供应商丁,,,SUPPLIER_PAYMENT,网银,,CNY,\n"
            + "T06,E001,A001,2026-06-30T23:00:00,10000.00,OUT,供应商戊,,,SUPPLIER_PAYMENT,网银,,CNY,\n"
            // the day before the window, the day after the as-of date, no counterparty: left out
            + "T07,E001,A001,2025-06-29T10:00:00,900000.00,OUT,供应商戊,,,SUPPLIER_PAYMENT,网银,,CNY,\n"
            + "T08,E001,A001,2026-07-01T08:00:00,900000.00,OUT,供应商甲,,,SUPPLIER_PAYMENT,网银,,CNY,\n"
            + "T09,E001,A001,2026-04-01T10:00:00,500000.00,OUT,,,,SUPPLIER_PAYMENT,网银,,CNY,\n"
            // buyers of E001: A 300,000; B 1,000 USD at 7.2 = 7,200; 甲's refund 5,000; C 2,800
            + "T10,E001,A001,2026-02-10T10:00:00,300000.00,IN,客户A,,,SALES_RECEIPT,网银,,CNY,\n"
            + "T11,E001,A001,2026-02-11T10:00:00,1000.00,IN,客户B,,,SALES_RECEIPT,网银,,USD,7.2\n"
            + "T12,E001,A001,2026-02-12T10:00:00,5000.00,IN,供应商甲,,,OTHER,网银,,CNY,\n"
            + "T13,E001,A001,2026-02-13T10:00:00,2800.00,IN,客户C,,,SALES_RECEIPT,网银,,CNY,\n"
            // E002: one supplier paid twice, in two currencies
            + "T20,E002,A002,2026-03-01T10:00:00,1000.00,OUT,供应商甲,,,SUPPLIER_PAYMENT,网银,,HKD,0.92\n"
            + "T21,E002,A002,2026-03-02T10:00:00,80.00,OUT,供应商甲,,,SUPPLIER_PAYMENT,网银,,CNY,\n");
    ImportReport report =
        importer.importPaths(
            List.of(dir.resolve("enterprises.csv"), dir.resolve("transactions.csv")),
            ImportRequest.of("tester", "test", LocalDate.of(2026, 10, 1)));
    assertThat(report.exitCode()).isZero();
  }

  @Test
  void sumsTransactionsInYuanPerCounterpartyAndDirectionOverTheYear() throws Exception {
    List<String> e001 = new ArrayList<>();
    List<String> e002 = new ArrayList<>();
    snapshots.forEach(
        AS_OF,
        null,
        s -> {
          List<String> into = s.enterprise().id().value().equals("E001") ? e001 : e002;
          s.counterparties().forEach(c -> into.add(text(c)));
        });

    assertThat(e001).containsExactlyElementsOf(E001_TOTALS);
    assertThat(e002).containsExactly("供应商甲 OUT 1000");
  }

  @Test
  void aReadWithoutCounterpartiesCarriesNoneAndFetchesOneEnterprisesTotalsAsOfItsDate()
      throws Exception {
    List<EnterpriseSnapshot> read =
        snapshots.map(AS_OF, 2, SnapshotReader.Reach.WITHOUT_COUNTERPARTIES, s -> s);
    assertThat(read).hasSize(2).allSatisfy(s -> assertThat(s.counterparties()).isEmpty());
    EnterpriseSnapshot e001 = read.get(0);
    assertThat(e001.enterprise().id().value()).isEqualTo("E001");

    EnterpriseSnapshot full = snapshots.withCounterparties(e001);
    assertThat(full.counterparties().stream().map(CounterpartyConcentrationIT::text))
        .containsExactlyElementsOf(E001_TOTALS);
    assertThat(full.flows()).isEqualTo(e001.flows());
    assertThat(full.firstFlowDay()).isEqualTo(e001.firstFlowDay());

    // as of the snapshot's own date: a day later, T05 (2025-06-30) has left the year, T08 entered
    EnterpriseSnapshot dayLater =
        snapshots
            .map(AS_OF.plusDays(1), 1, SnapshotReader.Reach.WITHOUT_COUNTERPARTIES, s -> s)
            .get(0);
    assertThat(snapshots.withCounterparties(dayLater).counterparties())
        .extracting(CounterpartyConcentrationIT::text)
        .doesNotContain("供应商丁 OUT 20000")
        .contains("供应商甲 OUT 1071000");
  }

  @Test
  void anOnDemandReadCarriesNoFlowsAndFetchesOneEnterprisesAsOfItsDate() throws Exception {
    List<EnterpriseSnapshot> full = snapshots.map(AS_OF, 1, SnapshotReader.Reach.FULL, s -> s);
    List<EnterpriseSnapshot> read = snapshots.map(AS_OF, 2, SnapshotReader.Reach.ON_DEMAND, s -> s);
    assertThat(read)
        .hasSize(2)
        .allSatisfy(
            s -> {
              assertThat(s.flows()).isEmpty();
              assertThat(s.counterparties()).isEmpty();
              assertThat(s.firstFlowDay()).isEmpty();
            });
    for (int i = 0; i < 2; i++) {
      EnterpriseSnapshot withFlows = snapshots.withFlows(read.get(i));
      assertThat(withFlows.flows()).isNotEmpty().isEqualTo(full.get(i).flows());
      assertThat(withFlows.statements()).isEqualTo(full.get(i).statements());
      assertThat(withFlows.asOf()).isEqualTo(AS_OF);
    }
    // E001's last day within the read is 2026-06-30 (T06); T08 on 2026-07-01 was not known yet
    assertThat(snapshots.withFlows(read.get(0)).flows())
        .extracting(f -> f.day().toString())
        .contains("2026-06-30", "2025-06-29")
        .doesNotContain("2026-07-01");
    EnterpriseSnapshot dayLater =
        snapshots.map(AS_OF.plusDays(1), 1, SnapshotReader.Reach.ON_DEMAND, s -> s).get(0);
    assertThat(snapshots.withFlows(dayLater).flows())
        .extracting(f -> f.day().toString())
        .contains("2026-07-01");
  }

  @Test
  void measuresConcentrationAsTheTopThreeShareOfTheYuanTotals() throws Exception {
    Features e001 = scoring.features("E001", AS_OF).orElseThrow();
    Features e002 = scoring.features("E002", AS_OF).orElseThrow();

    assertThat(e001.get(FeatureNames.SUPPLIER_CONCENTRATION).getAsDouble())
        .isCloseTo((171_000.0 + 50_000 + 39_000) / 290_000, within(1e-12));
    assertThat(e001.get(FeatureNames.BUYER_CONCENTRATION).getAsDouble())
        .isCloseTo((300_000.0 + 7_200 + 5_000) / 315_000, within(1e-12));
    assertThat(e002.get(FeatureNames.SUPPLIER_CONCENTRATION)).hasValue(1.0);
    assertThat(e002.get(FeatureNames.BUYER_CONCENTRATION)).isEmpty();
  }

  private static String text(Counterparty c) {
    return c.name() + " " + c.direction() + " " + c.total().stripTrailingZeros().toPlainString();
  }
}
