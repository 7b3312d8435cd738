package io.loanradar.core.demand;

import static org.assertj.core.api.Assertions.assertThat;

import io.loanradar.core.customer.EnterpriseId;
import io.loanradar.core.event.EventSource;
import io.loanradar.core.event.EventType;
import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import io.loanradar.core.product.Product;
import io.loanradar.core.product.ProductType;
import io.loanradar.core.product.RenewableProducts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class DemandEngineTest {

  static final LocalDate FROM = LocalDate.of(2024, 1, 1);
  static final LocalDate AS_OF = LocalDate.of(2025, 9, 15);
  final DemandEngine engine = new DemandEngine();

  /** The default engine with one threshold set otherwise, as a bank's configuration would. */
  static DemandEngine engineWith(String threshold, int value) {
    return new DemandEngine(
        TriggerConfig.of(Map.of(threshold, value)), WorkingCapitalNeed.Defaults.standard());
  }

  static List<Scenario> scenarios(List<Trigger> triggers) {
    return triggers.stream().map(Trigger::scenario).toList();
  }

  @Test
  void aSteadyFirmTriggersNothing() {
    assertThat(engine.triggers(Story.steady(FROM, AS_OF).input(AS_OF))).isEmpty();
  }

  @Test
  void detectsExpansionFromAnAnnouncementAndACapitalIncreaseSizedOnTheAnnouncedAmount() {
    Story s = Story.steady(FROM, AS_OF);
    s.event(
        "N1",
        AS_OF.minusDays(20),
        EventSource.NEWS,
        EventType.INVESTMENT_ANNOUNCEMENT,
        50_000_000L);
    s.event("R1", AS_OF.minusDays(5), EventSource.REGISTRY, EventType.CAPITAL_INCREASE, null);

    List<Need> needs = engine.detect(s.input(AS_OF));

    assertThat(needs).extracting(Need::scenario).containsExactly(Scenario.EXPANSION);
    Need need = needs.get(0);
    assertThat(need.trigger().points()).isEqualTo(3);
    assertThat(need.amountMethod()).isEqualTo("FACTS");
    assertThat(need.amount()).isEqualByComparingTo("30000000");
    assertThat(need.expectedBy()).isEqualTo(AS_OF.minusDays(20).plusDays(90));
    assertThat(need.trigger().evidence().get(0).zh())
        .startsWith(AS_OF.minusDays(20) + " 投资公告")
        .contains("5000.00万元");
    assertThat(need.trigger().evidence().get(0).en()).contains("CNY 50,000,000");
  }

  @Test
  void aCapitalIncreaseAloneIsNotExpansion() {
    Story s = Story.steady(FROM, AS_OF);
    s.event("R1", AS_OF.minusDays(5), EventSource.REGISTRY, EventType.CAPITAL_INCREASE, null);
    assertThat(engine.triggers(s.input(AS_OF))).isEmpty();
  }

  @Test
  void detectsEquipmentUpgradeFromAPurchaseAndItsDeposit() {
    Story s = Story.steady(FROM, AS_OF);
    s.event("E1", AS_OF.minusDays(30), EventSource.ERP, EventType.EQUIPMENT_PURCHASE, 10_000_000L);
    s.flow(AS_OF.minusDays(28), Direction.OUT, Purpose.CAPEX, 3_000_000);

    List<Need> needs = engine.detect(s.input(AS_OF));

    assertThat(needs).extracting(Need::scenario).containsExactly(Scenario.EQUIPMENT_UPGRADE);
    assertThat(needs.get(0).trigger().points()).isEqualTo(3);
    assertThat(needs.get(0).amount()).isEqualByComparingTo("7000000");
    assertThat(needs.get(0).trigger().evidence())
        .extracting(Evidence::code)
        .containsExactly("EVENT_EQUIPMENT_PURCHASE", "CAPEX_PAID");
  }

  @Test
  void capexWithoutAnEquipmentPurchaseIsNoEquipmentLoan() {
    Story s = Story.steady(FROM, AS_OF);
    // a new plant going up: capex paid and fixed assets up a third, but no equipment ordered
    s.flow(AS_OF.minusDays(28), Direction.OUT, Purpose.CAPEX, 3_000_000);
    s.year(2023, 90_000_000, 5_000_000, 30_000_000);
    s.year(2024, 95_000_000, 5_000_000, 40_000_000);
    assertThat(scenarios(engine.triggers(s.input(AS_OF))))
        .doesNotContain(Scenario.EQUIPMENT_UPGRADE);
    DemandEngine lenient = engineWith("equipment-purchase-required", 0);
    assertThat(scenarios(lenient.triggers(s.input(AS_OF))))
        .as("a bank without purchase data lets capex and fixed assets speak")
        .contains(Scenario.EQUIPMENT_UPGRADE);
  }

  @Test
  void anEquipmentPurchaseFinancedByALoanSinceIsNoLongerANeed() {
    Story s = Story.steady(FROM, AS_OF);
    s.event("E1", AS_OF.minusDays(30), EventSource.ERP, EventType.EQUIPMENT_PURCHASE, 10_000_000L);
    s.flow(AS_OF.minusDays(28), Direction.OUT, Purpose.CAPEX, 3_000_000);
    // a loan that ran out before the purchase financed something else
    s.loan("L0", "EQ01", AS_OF.minusYears(3), AS_OF.minusDays(31), 0, AS_OF.minusDays(31));
    assertThat(scenarios(engine.triggers(s.input(AS_OF))))
        .containsExactly(Scenario.EQUIPMENT_UPGRADE);

    s.loan("L1", "EQ01", AS_OF.minusDays(10), AS_OF.plusYears(3), 0, AS_OF.minusDays(10));
    assertThat(scenarios(engine.triggers(s.input(AS_OF))))
        .doesNotContain(Scenario.EQUIPMENT_UPGRADE);
    // point in time: as of the day before that loan started, the purchase was still to finance
    assertThat(scenarios(engine.triggers(s.input(AS_OF.minusDays(11)))))
        .containsExactly(Scenario.EQUIPMENT_UPGRADE);
  }

  @Test
  void detectsDigitalIntentFromAPreApplication() {
    Story s = Story.steady(FROM, AS_OF);
    s.event(
        "D1",
        AS_OF.minusDays(3),
        EventSource.DIGITAL,
        EventType.PRE_APPLICATION_STARTED,
        2_000_000L);
    s.event("D0", AS_OF.minusDays(40), EventSource.DIGITAL, EventType.LOAN_PRODUCT_VIEWED, null);

    List<Need> needs = engine.detect(s.input(AS_OF));

    assertThat(needs).extracting(Need::scenario).containsExactly(Scenario.DIGITAL_INTENT);
    assertThat(needs.get(0).amount()).isEqualByComparingTo("2000000");
    assertThat(needs.get(0).trigger().evidence()).hasSize(1);
  }

  @Test
  void oneProductViewIsNotIntent() {
    Story s = Story.steady(FROM, AS_OF);
    s.event("D0", AS_OF.minusDays(4), EventSource.DIGITAL, EventType.LOAN_PRODUCT_VIEWED, null);
    assertThat(engine.triggers(s.input(AS_OF))).isEmpty();
  }

  /** The customer asks its RM for a renewal {@code daysAgo} days before the as-of date. */
  private static Story asksForRenewal(Story s, int daysAgo) {
    return s.event(
        "RM" + daysAgo,
        AS_OF.minusDays(daysAgo),
        EventSource.RM_NOTE,
        EventType.OTHER,
        null,
        "本行贷款即将到期，客户提出续贷需求");
  }

  @Test
  void detectsRefinanceOfALoanMaturingWithinNinetyDays() {
    Story s = Story.steady(FROM, AS_OF);
    s.loan("L1", AS_OF.minusMonths(11), AS_OF.plusDays(40), 0, AS_OF.minusDays(10));
    s.loan("L2", AS_OF.minusMonths(2), AS_OF.plusDays(400), 0, AS_OF.minusDays(10));
    asksForRenewal(s, 20);

    List<Trigger> triggers = engine.triggers(s.input(AS_OF));

    assertThat(scenarios(triggers)).containsExactly(Scenario.REFINANCE);
    assertThat(triggers.get(0).expectedBy()).isEqualTo(AS_OF.plusDays(40));
    assertThat(triggers.get(0).indicatedAmount()).contains(new BigDecimal("5000000.00"));
    assertThat(triggers.get(0).evidence())
        .extracting(Evidence::zh)
        .anyMatch(z -> z.contains("客户经理记录") && z.contains("续贷需求"));
  }

  @Test
  void aMaturingLoanIsARenewalOnlyOnceTheCustomerSaysSo() {
    Story silent = Story.steady(FROM, AS_OF);
    silent.loan("L1", AS_OF.minusMonths(11), AS_OF.plusDays(40), 0, AS_OF.minusDays(10));
    assertThat(engine.triggers(silent.input(AS_OF))).as("no word from the customer").isEmpty();
    assertThat(scenarios(engineWith("refinance-intent-days", 0).triggers(silent.input(AS_OF))))
        .as("a bank that wants every maturing loan sets the window to 0")
        .containsExactly(Scenario.REFINANCE);

    Story stale = Story.steady(FROM, AS_OF);
    stale.loan("L1", AS_OF.minusMonths(11), AS_OF.plusDays(40), 0, AS_OF.minusDays(10));
    asksForRenewal(stale, 90);
    assertThat(engine.triggers(stale.input(AS_OF))).as("a note 90 days old").isEmpty();
    asksForRenewal(stale, 89);
    assertThat(scenarios(engine.triggers(stale.input(AS_OF))))
        .as("a note 89 days old, the window's first day")
        .containsExactly(Scenario.REFINANCE);

    // the customer's own step in online banking counts as much as a note; one made after the
    // as-of date was not known then
    Story online = Story.steady(FROM, AS_OF);
    online.loan("L1", AS_OF.minusMonths(11), AS_OF.plusDays(40), 0, AS_OF.minusDays(10));
    online.event(
        "D2", AS_OF.plusDays(1), EventSource.DIGITAL, EventType.LOAN_CALCULATOR_USED, 5_000_000L);
    assertThat(engine.triggers(online.input(AS_OF))).isEmpty();
    online.event(
        "D1",
        AS_OF.minusDays(3),
        EventSource.DIGITAL,
        EventType.LOAN_PRODUCT_VIEWED,
        null,
        "无还本续贷");
    Trigger t = engine.triggers(online.input(AS_OF)).get(0);
    assertThat(t.scenario()).isEqualTo(Scenario.REFINANCE);
    assertThat(t.evidence())
        .extracting(Evidence::code)
        .contains("LOAN_MATURING", "EVENT_LOAN_PRODUCT_VIEWED")
        .doesNotContain("EVENT_LOAN_CALCULATOR_USED");
    assertThat(t.evidence())
        .extracting(Evidence::en)
        .anyMatch(e -> e.contains("loan product viewed"));
  }

  @Test
  void renewsWorkingCapitalLoansOfAYearOrMoreAsTheCatalogueSays() {
    Predicate<String> renewable =
        RenewableProducts.of(
            List.of(
                product("WC01", ProductType.WORKING_CAPITAL, Scenario.LIQUIDITY_NEED),
                product("RF01", ProductType.WORKING_CAPITAL, Scenario.REFINANCE),
                product("EQ01", ProductType.EQUIPMENT, Scenario.EQUIPMENT_UPGRADE)));
    assertThat(renewable.test("WC01")).isTrue();
    assertThat(renewable.test("RF01")).isTrue();
    assertThat(renewable.test("EQ01")).isFalse();
    assertThat(renewable.test("OLD9")).as("a product since withdrawn").isTrue();
    assertThat(
            RenewableProducts.of(
                    List.of(product("EQ01", ProductType.EQUIPMENT, Scenario.EQUIPMENT_UPGRADE)))
                .test("EQ01"))
        .as("a catalogue without renewal products")
        .isTrue();
    DemandEngine renewing =
        new DemandEngine(
            TriggerConfig.defaults(),
            WorkingCapitalNeed.Defaults.standard(),
            TriggerRules.NONE,
            renewable);
    LocalDate due = AS_OF.plusDays(40);

    Story equipment = asksForRenewal(Story.steady(FROM, AS_OF), 10);
    equipment.loan("L1", "EQ01", due.minusYears(3), due, 0, AS_OF.minusDays(10));
    assertThat(scenarios(renewing.triggers(equipment.input(AS_OF)))).isEmpty();
    assertThat(scenarios(engine.triggers(equipment.input(AS_OF))))
        .as("without a catalogue every loan is a candidate")
        .containsExactly(Scenario.REFINANCE);

    Story seasonal = asksForRenewal(Story.steady(FROM, AS_OF), 10);
    seasonal.loan("L2", "WC01", due.minusMonths(6), due, 0, AS_OF.minusDays(10));
    assertThat(scenarios(renewing.triggers(seasonal.input(AS_OF))))
        .as("a six-month loan is repaid from the cycle it financed")
        .isEmpty();

    Story yearly = asksForRenewal(Story.steady(FROM, AS_OF), 10);
    // a one-year loan that ends a day short of the year is still a one-year loan
    yearly.loan("L3", "WC01", due.minusYears(1).plusDays(1), due, 0, AS_OF.minusDays(10));
    yearly.loan("L4", "EQ01", due.minusYears(3), due.plusDays(5), 0, AS_OF.minusDays(10));
    List<Trigger> renewal = renewing.triggers(yearly.input(AS_OF));
    assertThat(scenarios(renewal)).containsExactly(Scenario.REFINANCE);
    assertThat(renewal.get(0).evidence()).extracting(Evidence::zh).anyMatch(z -> z.contains("L3"));
    assertThat(renewal.get(0).evidence()).extracting(Evidence::zh).noneMatch(z -> z.contains("L4"));
    assertThat(
            scenarios(
                new DemandEngine(
                        TriggerConfig.of(Map.of("refinance-min-tenor-months", 0)),
                        WorkingCapitalNeed.Defaults.standard(),
                        TriggerRules.NONE,
                        renewable)
                    .triggers(seasonal.input(AS_OF))))
        .as("the tenor rule is a threshold")
        .containsExactly(Scenario.REFINANCE);
  }

  private static Product product(String code, ProductType type, Scenario scenario) {
    return new Product(
        code,
        "产品" + code,
        type,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(scenario),
        Optional.empty(),
        false,
        List.of());
  }

  @Test
  void detectsALoanAtAnotherBankMaturingFromTheLatestBureauReport() {
    Story s = Story.steady(FROM, AS_OF);
    s.bureauLoan("CF1", AS_OF.minusMonths(3), 2_000_000, AS_OF.plusDays(50), 0);
    s.bureauLoan("CF1", AS_OF.minusMonths(1), 1_800_000, AS_OF.plusDays(50), 0);
    s.bureauLoan("CF2", AS_OF.minusMonths(1), 900_000, AS_OF.plusDays(200), 0);
    s.event("D1", AS_OF.minusDays(7), EventSource.DIGITAL, EventType.LOAN_PRODUCT_VIEWED, null);

    List<Trigger> triggers = engine.triggers(s.input(AS_OF));

    assertThat(scenarios(triggers)).containsExactly(Scenario.REFINANCE);
    Trigger t = triggers.get(0);
    assertThat(t.expectedBy()).isEqualTo(AS_OF.plusDays(50));
    assertThat(t.indicatedAmount()).contains(new BigDecimal("1800000.00"));
    assertThat(t.evidence())
        .filteredOn(e -> e.code().equals("OTHER_BANK_LOAN_MATURING"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.en())
                    .contains("CF1")
                    .contains("bureau report of " + AS_OF.minusMonths(1)));
  }

  @Test
  void aSemicolonInTheDataDoesNotBreakTheEvidence() {
    Story s = asksForRenewal(Story.steady(FROM, AS_OF), 5);
    s.bureauLoan("CF;1", AS_OF.minusMonths(1), 1_800_000, AS_OF.plusDays(50), 0);

    Evidence e = engine.triggers(s.input(AS_OF)).get(0).evidence().get(0);

    assertThat(e.zh()).contains("CF；1").doesNotContain(";");
    assertThat(e.en()).contains("CF,1").doesNotContain(";");
  }

  @Test
  void noTakeoverOfAnotherBanksLoanWhenTheBureauShowsTroubleOrTheReportIsLater() {
    Story troubled = asksForRenewal(Story.steady(FROM, AS_OF), 5);
    troubled.bureauLoan("CF1", AS_OF.minusMonths(1), 1_800_000, AS_OF.plusDays(50), 0);
    troubled.bureauLoan("CF2", AS_OF.minusMonths(1), 500_000, AS_OF.plusDays(400), 35);
    assertThat(scenarios(engine.triggers(troubled.input(AS_OF))))
        .doesNotContain(Scenario.REFINANCE);

    // a report dated after the as-of date was not known then
    Story later = asksForRenewal(Story.steady(FROM, AS_OF), 5);
    later.bureauLoan("CF1", AS_OF.plusDays(5), 1_800_000, AS_OF.plusDays(50), 0);
    assertThat(scenarios(engine.triggers(later.input(AS_OF)))).isEmpty();
  }

  @Test
  void noRefinanceWhileALoanIsOverdue() {
    Story s = asksForRenewal(Story.steady(FROM, AS_OF), 5);
    s.loan("L1", AS_OF.minusMonths(11), AS_OF.plusDays(40), 15, AS_OF.minusDays(10));
    assertThat(engine.triggers(s.input(AS_OF))).isEmpty();
  }

  /**
   * A firm that goes on invoicing 3 million a month as before, but over its last {@code days} days
   * receives {@code received} and pays {@code paid} a day, its balance falling from {@code balance}
   * by {@code fall} a day: it sells, but is paid more slowly.
   */
  private static Story slowCollector(int days, long received, long paid, long balance, long fall) {
    Story s = Story.steady(FROM, AS_OF.minusDays(days));
    s.invoicedSales(YearMonth.from(FROM), YearMonth.from(AS_OF), 3_000_000);
    for (LocalDate d = AS_OF.minusDays(days - 1L); !d.isAfter(AS_OF); d = d.plusDays(1)) {
      s.flow(d, Direction.IN, Purpose.SALES_RECEIPT, received);
      s.flow(d, Direction.OUT, Purpose.SUPPLIER_PAYMENT, paid);
      s.balance(d, balance - fall * (d.toEpochDay() - AS_OF.minusDays(days).toEpochDay()));
    }
    return s;
  }

  private static Story liquidityStory() {
    return slowCollector(70, 45_000, 80_000, 2_000_000, 25_000);
  }

  @Test
  void detectsLiquidityNeedWhenCollectionsHalveAndTheBalanceSlides() {
    List<Need> needs = engine.detect(liquidityStory().input(AS_OF));

    assertThat(needs).extracting(Need::scenario).containsExactly(Scenario.LIQUIDITY_NEED);
    assertThat(needs.get(0).trigger().evidence())
        .extracting(Evidence::code)
        .contains("BALANCE_SLIDE", "NET_OUTFLOW_WEEKS", "COLLECTIONS_FALL", "FORECAST_SHORTFALL");
    assertThat(needs.get(0).expectedBy()).isAfter(AS_OF).isBeforeOrEqualTo(AS_OF.plusDays(90));
  }

  @Test
  void aDipOfAFewDaysIsNoSlide() {
    // the same flows, but the balance held at two million until ten days ago and only then fell
    Story dip = liquidityStory();
    for (LocalDate d = AS_OF.minusDays(69); !d.isAfter(AS_OF); d = d.plusDays(1)) {
      long daysLeft = AS_OF.toEpochDay() - d.toEpochDay();
      dip.balance(d, daysLeft >= 10 ? 2_000_000 : 200_000);
    }
    assertThat(scenarios(engine.triggers(dip.input(AS_OF))))
        .doesNotContain(Scenario.LIQUIDITY_NEED);
    DemandEngine today = engineWith("liquidity-slide-days", 0);
    assertThat(scenarios(today.triggers(dip.input(AS_OF))))
        .as("a bank that reads today's balance alone")
        .contains(Scenario.LIQUIDITY_NEED);
  }

  /**
   * A firm with cash to spare whose collections halved two months ago while it goes on invoicing:
   * its balance barely moves and its own forecast, built on last year's flows, sees no gap.
   */
  private static Story cashRichSlowCollector() {
    return slowCollector(60, 50_000, 55_000, 8_000_000, 5_000);
  }

  @Test
  void anRmsReportOfSlowCollectionsThatTheFlowsBearOutIsANeedWithoutAForecastGap() {
    assertThat(scenarios(engine.triggers(cashRichSlowCollector().input(AS_OF))))
        .as("no slide, no word from the RM")
        .doesNotContain(Scenario.LIQUIDITY_NEED);

    Story renewal = cashRichSlowCollector();
    renewal.event(
        "RM1", AS_OF.minusDays(20), EventSource.RM_NOTE, EventType.OTHER, null, "客户拟申请续贷");
    assertThat(scenarios(engine.triggers(renewal.input(AS_OF))))
        .as("a note that says nothing of cash or collections")
        .doesNotContain(Scenario.LIQUIDITY_NEED);

    Story reported = cashRichSlowCollector();
    reported.event(
        "RM2",
        AS_OF.minusDays(20),
        EventSource.RM_NOTE,
        EventType.OTHER,
        null,
        "客户经理走访：下游回款放缓，资金周转偏紧");
    List<Trigger> triggers = engine.triggers(reported.input(AS_OF));
    assertThat(scenarios(triggers)).containsExactly(Scenario.LIQUIDITY_NEED);
    assertThat(triggers.get(0).evidence())
        .extracting(Evidence::code)
        .contains("COLLECTIONS_FALL", "SALES_HOLD", "EVENT_OTHER", "STRAIN_REPORTED")
        .doesNotContain("BALANCE_SLIDE", "FORECAST_SHORTFALL");

    // invoiced sales fell with the collections: the business shrank, the note notwithstanding
    reported.invoicedSales(YearMonth.from(AS_OF).minusMonths(4), YearMonth.from(AS_OF), 1_500_000);
    assertThat(scenarios(engine.triggers(reported.input(AS_OF))))
        .doesNotContain(Scenario.LIQUIDITY_NEED);
  }

  @Test
  void aDipTheFirmsOwnComingSeasonRefillsIsNoLiquidityNeed() {
    Story seasonal = liquidityStory();
    // a year earlier the next quarter brought in 3 million a month beyond the usual: the firm's
    // own forecast refills the balance, so there is no gap to lend against
    for (int month = 10; month <= 12; month++) {
      seasonal.flow(LocalDate.of(2024, month, 1), Direction.IN, Purpose.SALES_RECEIPT, 3_000_000);
    }
    assertThat(FlowForecast.of(seasonal.input(AS_OF).snapshot()).shortfall()).isZero();

    assertThat(scenarios(engine.triggers(seasonal.input(AS_OF))))
        .doesNotContain(Scenario.LIQUIDITY_NEED);
  }

  @Test
  void collectionsFallingWithSalesIsShrinkingBusinessNotALiquidityNeed() {
    Story shrinking = liquidityStory();
    shrinking.invoicedSales(YearMonth.from(AS_OF).minusMonths(4), YearMonth.from(AS_OF), 1_500_000);

    assertThat(scenarios(engine.triggers(shrinking.input(AS_OF))))
        .doesNotContain(Scenario.LIQUIDITY_NEED);
  }

  @Test
  void liquidityNeedLeavesDistressToEarlyWarning() {
    Story overdue = liquidityStory();
    overdue.loan("L1", AS_OF.minusMonths(6), AS_OF.plusMonths(6), 20, AS_OF.minusDays(3));
    assertThat(scenarios(engine.triggers(overdue.input(AS_OF))))
        .doesNotContain(Scenario.LIQUIDITY_NEED);

    Story sued = liquidityStory();
    sued.event("C1", AS_OF.minusDays(100), EventSource.COURT, EventType.LITIGATION, 1_000_000L);
    assertThat(engine.triggers(sued.input(AS_OF))).isEmpty();
  }

  static final LocalDate SEASON_AS_OF = LocalDate.of(2025, 9, 20);

  /**
   * Last year's October peak, supplier payments doubled, and a run-up this year above last year's
   * payments for the same 60 days.
   */
  private static Story seasonalRunUp() {
    Story s = Story.steady(FROM, SEASON_AS_OF);
    for (LocalDate d = LocalDate.of(2024, 10, 1); d.getMonthValue() == 10; d = d.plusDays(1)) {
      s.flow(d, Direction.OUT, Purpose.SUPPLIER_PAYMENT, 100_000);
    }
    for (LocalDate d = SEASON_AS_OF.minusDays(59); !d.isAfter(SEASON_AS_OF); d = d.plusDays(1)) {
      s.flow(d, Direction.OUT, Purpose.SUPPLIER_PAYMENT, 30_000);
    }
    return s;
  }

  @Test
  void detectsASeasonalPeakAheadWithAStrongerRunUpAndPurchaseOrders() {
    LocalDate asOf = SEASON_AS_OF;
    Story s = seasonalRunUp();
    s.event("P1", asOf.minusDays(10), EventSource.ERP, EventType.PURCHASE_ORDER, 4_000_000L);

    List<Need> needs = engine.detect(s.input(asOf));

    assertThat(needs).extracting(Need::scenario).containsExactly(Scenario.SEASONAL_PURCHASE);
    Trigger t = needs.get(0).trigger();
    assertThat(t.expectedBy()).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(t.evidence())
        .extracting(Evidence::code)
        .contains("PURCHASE_PEAK_LAST_YEAR", "PURCHASE_RUNUP", "EVENT_PURCHASE_ORDER");
    assertThat(t.evidence().get(0).amount()).contains(new BigDecimal("5580000"));
  }

  @Test
  void aStrongerRunUpWithoutAPurchaseOrderIsNoStockUpYet() {
    LocalDate asOf = SEASON_AS_OF;
    Story s = seasonalRunUp();
    assertThat(scenarios(engine.triggers(s.input(asOf))))
        .doesNotContain(Scenario.SEASONAL_PURCHASE);
    DemandEngine byRunUp = engineWith("seasonal-order-required", 0);
    assertThat(scenarios(byRunUp.triggers(s.input(asOf))))
        .as("a bank without order data lets the run-up speak")
        .contains(Scenario.SEASONAL_PURCHASE);
    // an order placed after the as-of date was not known then
    s.event("P1", asOf.plusDays(1), EventSource.ERP, EventType.PURCHASE_ORDER, 4_000_000L);
    assertThat(scenarios(engine.triggers(s.input(asOf))))
        .doesNotContain(Scenario.SEASONAL_PURCHASE);
  }

  @Test
  void detectsASupplierOfACoreEnterpriseUnderStrain() {
    Story s = Story.steady(FROM, AS_OF);
    s.event(
        "P1",
        AS_OF.minusDays(10),
        EventSource.ERP,
        EventType.CONTRACT_WON,
        4_000_000L,
        "与核心制造集团签订400万元供货合同");
    ChainLink link =
        new ChainLink(
            new EnterpriseId("E0000009"), "核心制造集团", true, Optional.of(0.4), Optional.empty());

    List<Trigger> triggers = engine.triggers(s.input(AS_OF, List.of(link)));

    assertThat(scenarios(triggers)).containsExactly(Scenario.SUPPLY_CHAIN);
    assertThat(triggers.get(0).evidence().get(0).zh()).contains("核心制造集团", "40%");
    assertThat(triggers.get(0).evidence())
        .extracting(Evidence::zh)
        .anyMatch(z -> z.contains("与核心企业的订单/合同"));
    ChainLink later =
        new ChainLink(
            new EnterpriseId("E0000009"),
            "核心制造集团",
            true,
            Optional.empty(),
            Optional.of(AS_OF.plusDays(1)));
    assertThat(engine.triggers(s.input(AS_OF, List.of(later)))).isEmpty();
  }

  @Test
  void detectsASupplierWhoseCoreEnterprisePaysInPart() {
    Story s = Story.steady(FROM, AS_OF);
    // the core paid 400,000 twice a month for a year, then 150,000
    NavigableMap<LocalDate, BigDecimal> receipts = new TreeMap<>();
    for (LocalDate d = AS_OF.minusDays(420); !d.isAfter(AS_OF); d = d.plusDays(15)) {
      receipts.put(d, BigDecimal.valueOf(d.isAfter(AS_OF.minusDays(60)) ? 150_000 : 400_000));
    }
    ChainLink link = coreLink(receipts);
    assertThat(engine.triggers(s.input(AS_OF, List.of(link))))
        .as("receivables piling up, but no order or contract to finance against")
        .isEmpty();
    DemandEngine factoring = engineWith("supply-core-document-required", 0);

    List<Trigger> triggers = factoring.triggers(s.input(AS_OF, List.of(link)));

    assertThat(scenarios(triggers)).containsExactly(Scenario.SUPPLY_CHAIN);
    Evidence partly =
        triggers.get(0).evidence().stream()
            .filter(e -> e.code().equals("CORE_PAYS_IN_PART"))
            .findFirst()
            .orElseThrow();
    assertThat(partly.amount()).contains(new BigDecimal("150000.00"));
    assertThat(partly.zh()).contains("核心制造集团", "4笔", "38%");
    assertThat(partly.en()).contains("4 times", "CNY 400,000");

    // the same payments in full: nothing to finance without an order or a contract
    NavigableMap<LocalDate, BigDecimal> full = new TreeMap<>(receipts);
    full.replaceAll((d, v) -> BigDecimal.valueOf(400_000));
    assertThat(factoring.triggers(s.input(AS_OF, List.of(coreLink(full))))).isEmpty();

    // point in time: a year later the partial payments are in the year before, and payments
    // booked after the as-of date are not looked at
    NavigableMap<LocalDate, BigDecimal> later = new TreeMap<>(full);
    later.put(AS_OF.plusDays(5), BigDecimal.valueOf(10_000));
    assertThat(factoring.triggers(s.input(AS_OF, List.of(coreLink(later))))).isEmpty();
  }

  @Test
  void aContractWithSomeoneElseIsNoChainBusiness() {
    Story s = Story.steady(FROM, AS_OF);
    s.event(
        "N1",
        AS_OF.minusDays(10),
        EventSource.NEWS,
        EventType.CONTRACT_WON,
        2_000_000L,
        "中标200万元市政采购项目");
    ChainLink link = coreLink(new TreeMap<>());
    assertThat(scenarios(engine.triggers(s.input(AS_OF, List.of(link)))))
        .doesNotContain(Scenario.SUPPLY_CHAIN);
    // the core named by its id in a purchase order's title
    s.event(
        "P1",
        AS_OF.minusDays(3),
        EventSource.ERP,
        EventType.PURCHASE_ORDER,
        800_000L,
        "E0000009 采购订单 PO-2025-0917");
    assertThat(scenarios(engine.triggers(s.input(AS_OF, List.of(link)))))
        .contains(Scenario.SUPPLY_CHAIN);
  }

  @Test
  void supplierPaymentsGrowingAloneAreNoChainBusiness() {
    Story s = Story.steady(FROM, AS_OF);
    for (LocalDate d = AS_OF.minusDays(59); !d.isAfter(AS_OF); d = d.plusDays(1)) {
      s.flow(d, Direction.OUT, Purpose.SUPPLIER_PAYMENT, 40_000);
    }
    List<Trigger> triggers = engine.triggers(s.input(AS_OF, List.of(coreLink(new TreeMap<>()))));
    assertThat(scenarios(triggers)).doesNotContain(Scenario.SUPPLY_CHAIN);
  }

  private static ChainLink coreLink(NavigableMap<LocalDate, BigDecimal> receipts) {
    return new ChainLink(
        new EnterpriseId("E0000009"), "核心制造集团", true, Optional.empty(), Optional.empty(), receipts);
  }

  @Test
  void rowsDatedAfterTheAsOfDateChangeNothing() {
    Story s = liquidityStory();
    s.event(
        "N1",
        AS_OF.minusDays(20),
        EventSource.NEWS,
        EventType.INVESTMENT_ANNOUNCEMENT,
        50_000_000L);
    s.event("R1", AS_OF.minusDays(5), EventSource.REGISTRY, EventType.CAPITAL_INCREASE, null);
    s.event("V1", AS_OF.minusDays(5), EventSource.DIGITAL, EventType.LOAN_PRODUCT_VIEWED, null);
    List<Need> before = engine.detect(s.input(AS_OF));

    LocalDate later = AS_OF.plusDays(1);
    s.event("X1", later, EventSource.DIGITAL, EventType.PRE_APPLICATION_STARTED, 9_000_000L);
    s.event("X2", later, EventSource.ERP, EventType.EQUIPMENT_PURCHASE, 9_000_000L);
    s.event("X3", later, EventSource.COURT, EventType.LITIGATION, 9_000_000L);
    s.flow(later, Direction.IN, Purpose.SALES_RECEIPT, 90_000_000);
    s.flow(later, Direction.OUT, Purpose.CAPEX, 90_000_000);
    s.balance(later, 99_000_000);
    s.loan("L9", later, later.plusDays(30), 0, later);
    s.loan("L1", AS_OF.minusMonths(11), AS_OF.plusDays(40), 0, AS_OF.minusDays(1));
    s.loans.add(
        new io.loanradar.core.credit.Loan(
            "L1",
            Story.ID,
            Optional.of("WC01"),
            io.loanradar.core.finance.Money.ofYuan(5_000_000),
            Optional.empty(),
            Optional.empty(),
            AS_OF.minusMonths(11),
            AS_OF.plusDays(40),
            io.loanradar.core.credit.LoanStatus.DEFAULTED,
            Optional.of(120L),
            Optional.empty(),
            later));
    s.year(2025, 90_000_000, 1_000_000, 9_000_000);
    List<Need> after = engine.detect(s.input(AS_OF));

    assertThat(after.stream().filter(n -> n.scenario() != Scenario.REFINANCE).toList())
        .isEqualTo(before);
    assertThat(after).extracting(Need::scenario).contains(Scenario.REFINANCE);
  }

  @Test
  void thresholdsAreConfigurableByKeyAndUnknownKeysAreNamed() {
    Story s = Story.steady(FROM, AS_OF);
    s.event("R1", AS_OF.minusDays(5), EventSource.REGISTRY, EventType.CAPITAL_INCREASE, null);
    DemandEngine lenient = engineWith("expansion-min-points", 1);
    assertThat(scenarios(lenient.triggers(s.input(AS_OF)))).containsExactly(Scenario.EXPANSION);

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> TriggerConfig.of(Map.of("expansion-min-pionts", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expansion-min-pionts")
        .hasMessageContaining("expansion-min-points");
  }

  @Test
  void flowsReadOnDemandGiveTheSameNeedsAndAreReadOnlyWhenADetectorSumsThem() {
    record Case(String name, Story story, LocalDate asOf, List<ChainLink> links, int reads) {}
    ChainLink core =
        new ChainLink(
            new EnterpriseId("E0000009"), "核心制造集团", true, Optional.of(0.4), Optional.empty());
    Story declared = Story.steady(FROM, AS_OF);
    declared.event(
        "N1",
        AS_OF.minusDays(20),
        EventSource.NEWS,
        EventType.INVESTMENT_ANNOUNCEMENT,
        50_000_000L);
    declared.event(
        "R1", AS_OF.minusDays(5), EventSource.REGISTRY, EventType.CAPITAL_INCREASE, null);
    Story purchase = Story.steady(FROM, AS_OF);
    purchase.event(
        "E1", AS_OF.minusDays(30), EventSource.ERP, EventType.EQUIPMENT_PURCHASE, 10_000_000L);
    purchase.flow(AS_OF.minusDays(28), Direction.OUT, Purpose.CAPEX, 3_000_000);
    Story capexOnly = Story.steady(FROM, AS_OF);
    capexOnly.flow(AS_OF.minusDays(28), Direction.OUT, Purpose.CAPEX, 3_000_000);
    Story ordered = seasonalRunUp();
    ordered.event(
        "P1", SEASON_AS_OF.minusDays(10), EventSource.ERP, EventType.PURCHASE_ORDER, 4_000_000L);
    Story contract = Story.steady(FROM, AS_OF);
    contract.event(
        "C1",
        AS_OF.minusDays(10),
        EventSource.ERP,
        EventType.CONTRACT_WON,
        4_000_000L,
        "与核心制造集团签订400万元供货合同");
    List<Case> cases =
        List.of(
            new Case("steady", Story.steady(FROM, AS_OF), AS_OF, List.of(), 0),
            new Case("capex without a purchase", capexOnly, AS_OF, List.of(), 0),
            new Case("a run-up without an order", seasonalRunUp(), SEASON_AS_OF, List.of(), 0),
            new Case("a contract, no core enterprise", contract, AS_OF, List.of(), 0),
            new Case("expansion", declared, AS_OF, List.of(), 1),
            new Case("equipment", purchase, AS_OF, List.of(), 1),
            new Case("seasonal", ordered, SEASON_AS_OF, List.of(), 1),
            new Case("liquidity", liquidityStory(), AS_OF, List.of(), 1),
            new Case("supply chain", contract, AS_OF, List.of(core), 1));
    for (Case c : cases) {
      AtomicInteger reads = new AtomicInteger();
      List<Need> onDemand =
          engine.detect(c.story().inputWithFlowsOnDemand(c.asOf(), c.links(), reads));
      List<Need> eager = engine.detect(c.story().input(c.asOf(), c.links()));
      assertThat(onDemand).as(c.name()).isEqualTo(eager);
      assertThat(eager.isEmpty()).as(c.name() + " finds nothing").isEqualTo(c.reads() == 0);
      assertThat(reads.get()).as(c.name() + ": reads of its flows").isEqualTo(c.reads());
    }
  }
}
