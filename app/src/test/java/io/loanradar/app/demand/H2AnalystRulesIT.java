package io.loanradar.app.demand;

import static org.assertj.core.api.Assertions.assertThat;

import io.loanradar.app.TestDatabases;
import io.loanradar.app.ingest.ImportReport;
import io.loanradar.app.ingest.ImportRequest;
import io.loanradar.app.ingest.Importer;
import io.loanradar.app.product.CelEligibility;
import io.loanradar.core.contract.ContractKind;
import io.loanradar.core.demand.Evidence;
import io.loanradar.core.demand.Scenario;
import io.loanradar.core.synthetic.GeneratorOptions;
import io.loanradar.core.synthetic.SyntheticBank;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Analyst trigger rules from configuration on a generated bank in H2: one vetoes renewals of
 * manufacturers, one adds supply-chain finance for wholesalers, one does not compile and is only
 * reported.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "loanradar.scoring.after-import=false",
      // the rules below are tried on every maturing loan of the bank, asked for or not
      "loanradar.demand.thresholds.refinance-intent-days=0",
      "loanradar.demand.rules[0].name=manufacturer-renewal-to-committee",
      "loanradar.demand.rules[0].scenario=REFINANCE",
      "loanradar.demand.rules[0].action=VETO",
      "loanradar.demand.rules[0].when=industry.startsWith('C')",
      "loanradar.demand.rules[0].reason-zh=制造业续贷由授信审批委员会统一安排",
      "loanradar.demand.rules[0].reason-en=manufacturers' renewals go to the credit committee",
      "loanradar.demand.rules[1].name=wholesale-chain",
      "loanradar.demand.rules[1].scenario=supply_chain",
      "loanradar.demand.rules[1].action=add",
      "loanradar.demand.rules[1].when=industry.startsWith('F')",
      "loanradar.demand.rules[1].reason-zh=批发企业适合供应链融资",
      "loanradar.demand.rules[1].reason-en=wholesalers suit supply-chain finance",
      "loanradar.demand.rules[1].expected-days=21",
      "loanradar.demand.rules[2].name=half-written",
      "loanradar.demand.rules[2].scenario=LIQUIDITY_NEED",
      "loanradar.demand.rules[2].action=VETO",
      "loanradar.demand.rules[2].when=debt_ratio >",
      "loanradar.demand.rules[2].reason-zh=未写完",
      "loanradar.demand.rules[2].reason-en=not finished",
      "loanradar.demand.rules[3].name=no-scenario",
      "loanradar.demand.rules[3].scenario=WORKING_CAPITAL",
      "loanradar.demand.rules[3].action=ADD",
      "loanradar.demand.rules[3].when=true",
      "loanradar.demand.rules[3].reason-zh=无",
      "loanradar.demand.rules[3].reason-en=none"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H2AnalystRulesIT {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }

  @Autowired Importer importer;
  @Autowired DemandScan scan;
  @Autowired AnalystRules rules;
  @Autowired CelEligibility cel;
  @Autowired JdbcTemplate jdbc;

  Map<String, String> industries;

  @BeforeAll
  void importABank() throws Exception {
    Path bank = Files.createTempDirectory("loanradar-rules-bank");
    SyntheticBank.generate(new GeneratorOptions(80, 24, 11, YearMonth.of(2026, 9)), bank);
    List<Path> files =
        Arrays.stream(ContractKind.values()).map(k -> bank.resolve(k.fileStem() + ".csv")).toList();
    ImportReport report =
        importer.importPaths(files, ImportRequest.of("tester", "test", LocalDate.of(2026, 10, 1)));
    assertThat(report.exitCode()).isZero();
    industries =
        jdbc.queryForList("SELECT enterprise_id, industry_code FROM enterprise").stream()
            .collect(
                Collectors.toMap(
                    r -> (String) r.get("enterprise_id"),
                    r -> String.valueOf(r.get("industry_code"))));
  }

  @Test
  void rulesThatCannotBeUsedAreReportedWithWhereAndTheOthersRun() {
    assertThat(rules.rules())
        .extracting(AnalystRules.Rule::name)
        .containsExactly("manufacturer-renewal-to-committee", "wholesale-chain");
    assertThat(rules.problems()).hasSize(2);
    assertThat(rules.problems().get(0))
        .startsWith("rule half-written: does not compile")
        .containsPattern("1:1[0-9] ");
    assertThat(rules.problems().get(1))
        .startsWith("rule no-scenario: scenario 'WORKING_CAPITAL' is not one of");
  }

  @Test
  void aVetoDropsExactlyTheTriggersItsRuleHoldsForAndAnAdditionRaisesTheScenario()
      throws Exception {
    List<DemandScan.Found> plain = scan.scan(AS_OF, new AnalystRules(cel, List.of()));
    assertThat(scan.lastFlowReads())
        .as("without rules flows are read for the enterprises a detector sums them for")
        .isPositive();
    List<DemandScan.Found> ruled = scan.scan(AS_OF);
    assertThat(rules.readsEveryEnterprise()).as("the wholesale-chain rule is an ADD").isTrue();
    assertThat(scan.lastFlowReads())
        .as("under an ADD rule the snapshots are read with their flows")
        .isZero();

    Set<String> renewalsBefore = firms(plain, Scenario.REFINANCE);
    Set<String> manufacturers =
        renewalsBefore.stream()
            .filter(id -> industries.get(id).startsWith("C"))
            .collect(Collectors.toSet());
    assertThat(manufacturers).as("the bank has manufacturers with maturing loans").isNotEmpty();
    assertThat(renewalsBefore)
        .as("and other borrowers with maturing loans")
        .hasSizeGreaterThan(manufacturers.size());
    Set<String> expected =
        renewalsBefore.stream()
            .filter(id -> !manufacturers.contains(id))
            .collect(Collectors.toSet());
    assertThat(firms(ruled, Scenario.REFINANCE)).isEqualTo(expected);

    Set<String> wholesalers =
        industries.entrySet().stream()
            .filter(e -> e.getValue().startsWith("F"))
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    Set<String> chainBefore = firms(plain, Scenario.SUPPLY_CHAIN);
    assertThat(wholesalers).isNotEmpty().isNotEqualTo(chainBefore);
    Set<String> chainAfter = firms(ruled, Scenario.SUPPLY_CHAIN);
    assertThat(chainAfter)
        .isEqualTo(
            java.util.stream.Stream.concat(chainBefore.stream(), wholesalers.stream())
                .collect(Collectors.toSet()));
    for (DemandScan.Found f : ruled) {
      if (f.need().scenario() != Scenario.SUPPLY_CHAIN
          || !wholesalers.contains(f.enterprise().id().value())) {
        continue;
      }
      List<Evidence> evidence = f.need().trigger().evidence();
      assertThat(evidence)
          .anySatisfy(
              e -> {
                assertThat(e.code()).isEqualTo("RULE_wholesale-chain");
                assertThat(e.zh()).isEqualTo("分析规则「wholesale-chain」：批发企业适合供应链融资");
                assertThat(e.en())
                    .isEqualTo(
                        "analyst rule 'wholesale-chain': wholesalers suit supply-chain finance");
              });
      if (!chainBefore.contains(f.enterprise().id().value())) {
        assertThat(evidence).hasSize(1);
        assertThat(f.need().trigger().expectedBy()).isBeforeOrEqualTo(AS_OF.plusDays(21));
        assertThat(f.need().amount()).isPositive();
        assertThat(f.products()).isNotEmpty();
      }
    }
    assertThat(scan.lastRuleCounts())
        .extracting(AnalystRules.Count::rule, AnalystRules.Count::applied)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "manufacturer-renewal-to-committee", (long) manufacturers.size()),
            org.assertj.core.groups.Tuple.tuple("wholesale-chain", (long) wholesalers.size()));
  }

  private static Set<String> firms(List<DemandScan.Found> found, Scenario scenario) {
    return found.stream()
        .filter(f -> f.need().scenario() == scenario)
        .map(f -> f.enterprise().id().value())
        .collect(Collectors.toSet());
  }
}
