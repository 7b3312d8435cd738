package io.loanradar.core.demand;

import io.loanradar.core.event.Event;
import io.loanradar.core.event.EventType;
import io.loanradar.core.finance.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** 线上意向: the customer looks at loan products, uses the calculator, starts an application. */
final class DigitalIntentDetector implements Detector {

  @Override
  public Scenario scenario() {
    return Scenario.DIGITAL_INTENT;
  }

  @Override
  public Optional<Trigger> detect(DemandInput input, Facts facts, TriggerConfig config) {
    int days = config.whole(Threshold.DIGITAL_DAYS);
    List<Event> views = facts.events(EventType.LOAN_PRODUCT_VIEWED, days);
    List<Event> calculator = facts.events(EventType.LOAN_CALCULATOR_USED, days);
    List<Event> applications = facts.events(EventType.PRE_APPLICATION_STARTED, days);
    int points =
        (views.size() >= 3 ? 2 : views.isEmpty() ? 0 : 1)
            + (calculator.isEmpty() ? 0 : 1)
            + (applications.isEmpty() ? 0 : 2);
    if (points < config.whole(Threshold.DIGITAL_MIN_POINTS)) {
      return Optional.empty();
    }
    List<Evidence> evidence = new ArrayList<>();
    applications.forEach(e -> evidence.add(Detector.digitalStep(e)));
    calculator.forEach(e -> evidence.add(Detector.digitalStep(e)));
    views.forEach(e -> evidence.add(Detector.digitalStep(e)));
    Optional<BigDecimal> amount =
        applications.stream()
            .map(Event::amount)
            .flatMap(Optional::stream)
            .map(Money::yuan)
            .reduce((a, b) -> b)
            .or(
                () ->
                    calculator.stream()
                        .map(Event::amount)
                        .flatMap(Optional::stream)
                        .map(Money::yuan)
                        .reduce((a, b) -> b));
    return Optional.of(
        new Trigger(
            scenario(),
            facts.asOf(),
            points,
            amount,
            facts.asOf().plusDays(30),
            evidence.subList(0, Math.min(evidence.size(), 6))));
  }
}
