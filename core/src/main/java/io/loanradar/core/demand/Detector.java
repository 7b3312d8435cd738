package io.loanradar.core.demand;

import io.loanradar.core.event.Event;
import io.loanradar.core.finance.Money;
import java.math.BigDecimal;
import java.util.Optional;

/** One scenario's detector: banking rules over what was known on the as-of date. */
interface Detector {

  Scenario scenario();

  /** The trigger when enough signals fire, else empty. */
  Optional<Trigger> detect(DemandInput input, Facts facts, TriggerConfig config);

  /** An event as evidence: day, kind, title and amount. */
  static Evidence event(Event e, String zhKind, String enKind) {
    BigDecimal amount = e.amount().map(Money::yuan).orElse(null);
    String title = e.title().map(t -> t.replace(';', '，')).orElse("");
    String zhAmount = amount == null ? "" : "，金额" + Texts.wan(amount);
    String enAmount = amount == null ? "" : ", amount " + Texts.cny(amount);
    return Evidence.of(
        "EVENT_" + e.type().name(),
        e.occurredAt().toLocalDate(),
        amount,
        e.occurredAt().toLocalDate()
            + " "
            + zhKind
            + (title.isEmpty() ? "" : "：" + title)
            + zhAmount,
        e.occurredAt().toLocalDate()
            + " "
            + enKind
            + (title.isEmpty() ? "" : ": " + title)
            + enAmount);
  }
}
