package io.loanradar.core.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loanradar.core.credit.FiveCategory;
import io.loanradar.core.event.EventType;
import io.loanradar.core.feature.DailyFlow;
import io.loanradar.core.feature.EnterpriseSnapshot;
import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WarningEngineTest {

  static final LocalDate START = LocalDate.of(2024, 7, 1);
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  final WarningEngine engine = new WarningEngine(WarningConfig.defaults());

  static Debtor healthy(String id) {
    return new Debtor(id).steady(START, AS_OF.plusMonths(3), AS_OF.plusYears(1), 1);
  }

  /** Sales fall to 40 % from mid-March; salaries and interest stop after April. */
  static Debtor troubled(String id) {
    Debtor d = new Debtor(id).steady(START, AS_OF.plusMonths(3), LocalDate.of(2026, 3, 15), 0.4);
    d.flows.removeIf(
        f ->
            f.day().isAfter(LocalDate.of(2026, 4, 30))
                && (f.purpose() == Purpose.SALARY || f.purpose() == Purpose.INTEREST));
    d.loan("LT", 3_000_000, START, 0);
    return d;
  }

  static Map<String, SignalHit> byCode(Assessment a) {
    return a.hits().stream().collect(Collectors.toMap(SignalHit::code, Function.identity()));
  }

  @Test
  void aSteadyDebtorRaisesNoAlert() {
    Assessment a = engine.assess(healthy("E1").on(AS_OF));

    assertThat(a.hits()).isEmpty();
    assertThat(a.riskGrade()).isEqualTo(1);
    assertThat(a.alertSeverity(engine.config())).isEmpty();
    assertThat(a.classification().rule()).isEqualTo("NO_LOAN");
  }

  @Test
  void raisesAlertWhenInflowsCollapseAndSalariesAndInterestStop() {
    Assessment a = engine.assess(troubled("E2").on(AS_OF));

    Map<String, SignalHit> hits = byCode(a);
    assertThat(hits)
        .containsKeys(
            "FLOW_INFLOW_COLLAPSE",
            "FLOW_SALARY_STOPPED",
            "FLOW_DEBT_SERVICE_STOPPED",
            "TAX_SALES_DROP");
    assertThat(hits.get("FLOW_INFLOW_COLLAPSE").evidenceZh())
        .contains("2026-04-02~2026-06-30")
        .contains("万元");
    assertThat(hits.get("FLOW_INFLOW_COLLAPSE").evidenceEn()).contains("CNY").contains("%");
    assertThat(hits.get("FLOW_SALARY_STOPPED").evidenceEn()).contains("2026-04-15");
    assertThat(a.riskGrade()).isGreaterThanOrEqualTo(4);
    assertThat(a.alertSeverity(engine.config())).isPresent();
    assertThat(a.hits().get(0).severity()).isEqualTo(Severity.HIGH);
  }

  @Test
  void courtBureauAndOwnLoanTroubleRaiseACriticalAlertAndASubstandardSuggestion() {
    Debtor d = healthy("E3");
    d.event("EV1", AS_OF.minusDays(20), EventType.DISHONEST_DEBTOR, -0.9);
    d.bureau(AS_OF.minusDays(10), "某农商行", 300_000, 45, FiveCategory.SPECIAL_MENTION);
    d.loan("L1", 2_000_000, AS_OF.minusDays(2), 95);

    Assessment a = engine.assess(d.on(AS_OF));

    assertThat(byCode(a))
        .containsKeys(
            "COURT_DISHONEST",
            "BUREAU_OVERDUE",
            "BUREAU_NON_NORMAL",
            "LOAN_OVERDUE",
            "LOAN_OVERDUE_90");
    assertThat(a.riskGrade()).isEqualTo(5);
    assertThat(a.alertSeverity(engine.config())).contains(Severity.CRITICAL);
    assertThat(a.classification().suggested()).isEqualTo(FiveCategory.SUBSTANDARD);
    assertThat(a.classification().bankCurrent()).isEqualTo(FiveCategory.NORMAL);
    assertThat(byCode(a).get("BUREAU_OVERDUE").evidenceZh()).contains("某农商行").contains("30.00万元");
  }

  @Test
  void rowsDatedAfterTheAsOfDateChangeNothing() {
    Debtor d = troubled("E4");
    d.loan("L9", 1_000_000, AS_OF.minusDays(30), 0);
    Assessment before = engine.assess(d.on(AS_OF));

    d.event("LATE", AS_OF.plusDays(1), EventType.DISHONEST_DEBTOR, -1);
    d.bureau(AS_OF.plusDays(5), "他行", 1_000_000, 200, FiveCategory.DOUBTFUL);
    d.loan("L9", 1_000_000, AS_OF.plusDays(3), 400);
    d.flow(AS_OF.plusDays(1), io.loanradar.core.flow.Direction.OUT, Purpose.TRANSFER, 9_000_000);

    assertThat(engine.assess(d.on(AS_OF))).isEqualTo(before);
    assertThat(engine.assess(d.on(AS_OF.plusDays(10))).riskPoints())
        .as("the same rows count once the as-of date passes them")
        .isGreaterThan(before.riskPoints());
  }

  @Test
  void aDisabledSignalDoesNotFireAndThresholdsAreConfigurable() {
    WarningConfig off =
        WarningConfig.defaults()
            .withSignal("FLOW_INFLOW_COLLAPSE", new SignalSetting(false, 0.3, Severity.HIGH))
            .withSignal("FLOW_SALARY_STOPPED", SignalSetting.of(120, Severity.HIGH));
    Assessment a = new WarningEngine(off).assess(troubled("E5").on(AS_OF));

    assertThat(byCode(a)).doesNotContainKeys("FLOW_INFLOW_COLLAPSE", "FLOW_SALARY_STOPPED");
  }

  @Test
  void spreadsTroubleToTheGuarantorAndOnToItsGroupWithThePath() {
    Debtor bad = healthy("EBAD");
    bad.event("EV1", AS_OF.minusDays(20), EventType.DISHONEST_DEBTOR, -0.9);
    bad.loan("L1", 2_000_000, AS_OF.minusDays(2), 95);
    List<Assessment> own =
        List.of(
            engine.assess(bad.on(AS_OF)),
            engine.assess(healthy("EGUAR").on(AS_OF)),
            engine.assess(healthy("EGROUP").on(AS_OF)),
            engine.assess(healthy("ELATE").on(AS_OF)),
            engine.assess(healthy("EFAR").on(AS_OF)));
    List<io.loanradar.core.customer.Relation> relations =
        List.of(
            relation("EGUAR", "EBAD", "GUARANTEES", null),
            relation("EGUAR", "EGROUP", "GROUP_MEMBER", null),
            relation("EGROUP", "EFAR", "SUPPLIES", null),
            relation("ELATE", "EBAD", "GUARANTEES", AS_OF.plusDays(1)));

    Map<String, Assessment> after =
        engine.withContagion(own, relations).stream()
            .collect(Collectors.toMap(a -> a.enterpriseId().value(), Function.identity()));

    SignalHit guarantor = byCode(after.get("EGUAR")).get(SignalLibrary.CONTAGION);
    assertThat(guarantor.evidenceZh())
        .contains("关联方风险传导:EBAD(风险等级5")
        .startsWith("2026-06-30")
        .contains("为其担保)EGUAR");
    assertThat(guarantor.evidenceEn()).contains("its guarantor");
    assertThat(byCode(after.get("EGROUP")).get(SignalLibrary.CONTAGION).evidenceZh())
        .contains("EBAD(")
        .contains("EGUAR→(同集团)EGROUP");
    assertThat(byCode(after.get("EFAR"))).as("beyond two hops").isEmpty();
    assertThat(byCode(after.get("ELATE"))).as("a relation that starts later").isEmpty();
    assertThat(after.get("EBAD").hits()).noneMatch(h -> h.code().equals(SignalLibrary.CONTAGION));
    assertThat(after.get("EGUAR").riskGrade()).isGreaterThan(own.get(1).riskGrade());
  }

  static io.loanradar.core.customer.Relation relation(
      String from, String to, String type, LocalDate since) {
    return new io.loanradar.core.customer.Relation(
        from,
        to,
        io.loanradar.core.customer.RelationType.valueOf(type),
        java.util.Optional.empty(),
        java.util.Optional.ofNullable(since));
  }

  @Test
  void recentFlowsWithTheFirstFlowDayGiveTheSameAssessmentAsEveryFlow() {
    Debtor young = new Debtor("E9").steady(AS_OF.minusDays(200), AS_OF, AS_OF.plusYears(1), 1);
    Debtor sparse = healthy("E8");
    sparse.flows.removeIf(
        f -> f.day().isAfter(START.plusDays(40)) && f.day().isBefore(AS_OF.minusDays(300)));
    Debtor gap = troubled("E7");
    gap.flows.removeIf(
        f -> f.day().isAfter(AS_OF.minusDays(480)) && f.day().isBefore(AS_OF.minusDays(440)));
    List<Debtor> debtors = List.of(healthy("E1"), troubled("E2"), young, sparse, gap);
    WarningEngine longQuiet =
        new WarningEngine(
            WarningConfig.defaults()
                .withSignal("FLOW_SALARY_STOPPED", SignalSetting.of(200, Severity.HIGH)));
    for (WarningEngine e : List.of(engine, longQuiet)) {
      int days = e.flowDaysRead();
      assertThat(days).isBetween(457, 800);
      List<LocalDate> dates = new java.util.ArrayList<>(List.of(AS_OF));
      for (LocalDate d = START.plusMonths(6); d.isBefore(AS_OF); d = d.plusDays(23)) {
        dates.add(d);
      }
      for (LocalDate asOf : dates) {
        for (Debtor d : debtors) {
          EnterpriseSnapshot all = d.on(asOf);
          LocalDate from = asOf.minusDays(days);
          EnterpriseSnapshot recent =
              new EnterpriseSnapshot(
                  asOf,
                  all.enterprise(),
                  all.statements(),
                  all.tax(),
                  all.credit(),
                  all.loans(),
                  all.events(),
                  all.flows().stream().filter(f -> !f.day().isBefore(from)).toList(),
                  all.balances(),
                  all.counterparties(),
                  all.flows().stream().map(DailyFlow::day).min(Comparator.naturalOrder()));
          assertThat(e.assess(recent)).as("%s on %s", d.id, asOf).isEqualTo(e.assess(all));
        }
      }
    }
    assertThat(longQuiet.flowDaysRead()).isGreaterThan(engine.flowDaysRead());
  }

  @Test
  void aFirstFlowDayAfterACarriedFlowIsRefused() {
    EnterpriseSnapshot all = healthy("E1").on(AS_OF);
    LocalDate late = all.flows().get(5).day();

    assertThatThrownBy(
            () ->
                new EnterpriseSnapshot(
                    AS_OF,
                    all.enterprise(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    all.flows(),
                    List.of(),
                    List.of(),
                    Optional.of(late)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("first flow day " + late);
  }

  @Test
  void theLastDebtServiceDayShowsAllOfThatDaysPaymentsWhateverTheirOrder() {
    for (boolean repaymentFirst : List.of(true, false)) {
      Debtor d = troubled("E3");
      LocalDate last = LocalDate.of(2026, 4, 20);
      if (repaymentFirst) {
        d.flows.add(
            0,
            new Debtor("X")
                .flow(last, Direction.OUT, Purpose.LOAN_REPAYMENT, 500_000)
                .flows
                .get(0));
      } else {
        d.flow(last, Direction.OUT, Purpose.LOAN_REPAYMENT, 500_000);
      }

      SignalHit hit = byCode(engine.assess(d.on(AS_OF))).get("FLOW_DEBT_SERVICE_STOPPED");

      assertThat(hit.evidenceEn()).contains("2026-04-20 (CNY 520,000)");
      assertThat(hit.evidenceZh()).contains("2026-04-20(52.00万元)");
    }
  }
}
