package io.loanradar.core.demand;

import io.loanradar.core.event.Event;
import io.loanradar.core.event.EventType;
import io.loanradar.core.finance.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** One scenario's detector: banking rules over what was known on the as-of date. */
interface Detector {

  Scenario scenario();

  /** The trigger when enough signals fire, else empty. */
  Optional<Trigger> detect(DemandInput input, Facts facts, TriggerConfig config);

  /** The customer's own steps towards a loan in online banking. */
  List<EventType> DIGITAL_STEPS =
      List.of(
          EventType.LOAN_PRODUCT_VIEWED,
          EventType.LOAN_CALCULATOR_USED,
          EventType.PRE_APPLICATION_STARTED);

  /** A step of {@link #DIGITAL_STEPS} as evidence, named as every detector names it. */
  static Evidence digitalStep(Event e) {
    return switch (e.type()) {
      case PRE_APPLICATION_STARTED -> event(e, "网银发起贷款预申请", "loan pre-application");
      case LOAN_CALCULATOR_USED -> event(e, "使用贷款计算器", "loan calculator used");
      case LOAN_PRODUCT_VIEWED -> event(e, "浏览贷款产品", "loan product viewed");
      default ->
          throw new IllegalArgumentException("not an online step towards a loan: " + e.type());
    };
  }

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
