package io.loanradar.core.warning;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A signal of the library: its description and the test that evaluates it.
 *
 * @param code stable code
 * @param family where its facts come from
 * @param nameZh name in Chinese
 * @param nameEn name in English
 * @param logic what it tests and the unit of its threshold
 * @param defaults default threshold and severity
 * @param rule the test
 */
record LibrarySignal(
    String code,
    SignalFamily family,
    String nameZh,
    String nameEn,
    String logic,
    SignalSetting defaults,
    Rule rule)
    implements Signal {

  /** The test behind a signal. */
  @FunctionalInterface
  interface Rule {
    /** Empty when the signal does not fire; otherwise the evidence. */
    Optional<Evidence> test(Facts facts, double threshold);
  }

  /** What a rule found: the date of its latest fact and the evidence in both languages. */
  record Evidence(LocalDate on, String zh, String en) {}

  static Optional<Evidence> found(LocalDate on, String zh, String en) {
    return Optional.of(new Evidence(on, zh, en));
  }

  @Override
  public Optional<SignalHit> test(Facts facts, SignalSetting setting) {
    if (!setting.enabled()) {
      return Optional.empty();
    }
    return rule.test(facts, setting.threshold())
        .map(e -> new SignalHit(code, setting.severity(), e.on(), e.zh(), e.en()));
  }
}
