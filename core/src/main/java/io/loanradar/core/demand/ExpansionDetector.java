package io.loanradar.core.demand;

import io.loanradar.core.event.Event;
import io.loanradar.core.event.EventType;
import io.loanradar.core.finance.Money;
import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 扩张投资: investment announced, new projects, capital raised, contracts won, capex surging, payroll
 * growing.
 */
final class ExpansionDetector implements Detector {

  @Override
  public Scenario scenario() {
    return Scenario.EXPANSION;
  }

  @Override
  public Optional<Trigger> detect(DemandInput input, Facts facts, TriggerConfig config) {
    int days = config.whole(Threshold.EXPANSION_EVENT_DAYS);
    LocalDate asOf = facts.asOf();
    List<Evidence> evidence = new ArrayList<>();
    int points = 0;
    List<Event> announcements = facts.events(EventType.INVESTMENT_ANNOUNCEMENT, days);
    List<Event> projects = facts.events(EventType.NEW_PROJECT, days);
    List<Event> capital = facts.events(EventType.CAPITAL_INCREASE, days);
    List<Event> contracts = facts.events(EventType.CONTRACT_WON, days);
    points += announcements.isEmpty() ? 0 : 2;
    points += projects.isEmpty() ? 0 : 2;
    points += capital.isEmpty() ? 0 : 1;
    points += contracts.isEmpty() ? 0 : 1;
    announcements.forEach(e -> evidence.add(Detector.event(e, "投资公告", "investment announced")));
    projects.forEach(e -> evidence.add(Detector.event(e, "新项目", "new project")));
    capital.forEach(e -> evidence.add(Detector.event(e, "增资", "capital increase")));
    contracts.forEach(e -> evidence.add(Detector.event(e, "中标/签约", "contract won")));
    // a contract won and spending alone describe busy trading; expansion is declared — an
    // investment, a project or new capital
    boolean declared = !announcements.isEmpty() || !projects.isEmpty() || !capital.isEmpty();
    // a loan here that started in the last 90 days has most likely financed it already
    boolean financed = facts.loanStartedSince(asOf.minusDays(89));
    // both asked before the flows are summed, as they rule out most firms
    if (!declared || financed) {
      return Optional.empty();
    }

    BigDecimal capex3 = facts.lastDays(Direction.OUT, Purpose.CAPEX, 91);
    BigDecimal capexBefore =
        facts.sum(Direction.OUT, Purpose.CAPEX, asOf.minusDays(364), asOf.minusDays(91));
    BigDecimal monthlyBefore = capexBefore.divide(BigDecimal.valueOf(9), 2, RoundingMode.HALF_UP);
    double surge =
        Texts.ratio(capex3.divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP), monthlyBefore);
    if (capex3.signum() > 0
        && (monthlyBefore.signum() == 0 || surge >= config.get(Threshold.EXPANSION_CAPEX_SURGE))) {
      points++;
      evidence.add(
          Evidence.of(
              "CAPEX_SURGE",
              asOf,
              capex3,
              "近3个月资本性支出" + Texts.wan(capex3) + "，此前9个月月均" + Texts.wan(monthlyBefore),
              "capex of the last 3 months "
                  + Texts.cny(capex3)
                  + ", monthly average of the 9 before "
                  + Texts.cny(monthlyBefore)));
    }
    BigDecimal salary = facts.lastDays(Direction.OUT, Purpose.SALARY, 91);
    BigDecimal salaryYearAgo =
        facts.sum(Direction.OUT, Purpose.SALARY, asOf.minusDays(455), asOf.minusDays(365));
    double growth = Texts.ratio(salary, salaryYearAgo) - 1;
    if (salaryYearAgo.signum() > 0 && growth >= config.get(Threshold.EXPANSION_PAYROLL_GROWTH)) {
      points++;
      evidence.add(
          Evidence.of(
              "PAYROLL_GROWTH",
              asOf,
              salary,
              "近3个月代发工资" + Texts.wan(salary) + "，同比增长" + Texts.pct(growth),
              "salaries of the last 3 months "
                  + Texts.cny(salary)
                  + ", up "
                  + Texts.pct(growth)
                  + " on a year earlier"));
    }
    // announcements and contracts are words; a need follows when money moves too — capex paid,
    // payroll growing or capital paid in
    boolean moneyMoves =
        !capital.isEmpty()
            || evidence.stream()
                .anyMatch(e -> e.code().equals("CAPEX_SURGE") || e.code().equals("PAYROLL_GROWTH"));
    if (!moneyMoves || points < config.whole(Threshold.EXPANSION_MIN_POINTS)) {
      return Optional.empty();
    }
    Optional<BigDecimal> announced =
        announcements.stream()
            .map(Event::amount)
            .flatMap(Optional::stream)
            .map(Money::yuan)
            .reduce((a, b) -> b)
            .or(
                () ->
                    projects.stream()
                        .map(Event::amount)
                        .flatMap(Optional::stream)
                        .map(Money::yuan)
                        .reduce((a, b) -> b));
    Optional<BigDecimal> amount =
        announced.map(
            a ->
                a.multiply(BigDecimal.valueOf(config.get(Threshold.EXPANSION_FINANCED_SHARE)))
                    .setScale(2, RoundingMode.HALF_UP));
    LocalDate first = evidence.stream().map(Evidence::on).min(LocalDate::compareTo).orElse(asOf);
    LocalDate expected = first.plusDays(90).isAfter(asOf) ? first.plusDays(90) : asOf.plusDays(30);
    return Optional.of(new Trigger(scenario(), asOf, points, amount, expected, evidence));
  }
}
