package io.loanradar.core.warning;

import java.util.Optional;

/**
 * One early-warning signal of the library: a documented test over what was known about a debtor on
 * an as-of date. Implementations are stateless; thresholds come from the {@link SignalSetting}.
 */
public interface Signal {

  /** Stable code, upper snake case, e.g. {@code FLOW_INFLOW_COLLAPSE}. */
  String code();

  /** Where its facts come from. */
  SignalFamily family();

  /** Name in Chinese. */
  String nameZh();

  /** Name in English. */
  String nameEn();

  /** What it tests, and the unit of its threshold, in English. */
  String logic();

  /** The threshold and severity it has unless configured otherwise. */
  SignalSetting defaults();

  /**
   * Tests the signal.
   *
   * @param facts what was known on the as-of date
   * @param setting the threshold and severity to apply
   * @return the hit with its evidence, or empty when the signal does not fire or lacks data
   */
  Optional<SignalHit> test(Facts facts, SignalSetting setting);
}
