package io.loanradar.core.demand;

import java.util.List;

/**
 * Extra rules over what the detectors found for one enterprise: an analyst's rule may veto a
 * scenario's trigger or add one the detectors did not raise (docs/triggers.md). Applied after the
 * detectors and before sizing; must be free of side effects on the input.
 */
@FunctionalInterface
public interface TriggerRules {

  /** No extra rules: the detectors' triggers unchanged. */
  TriggerRules NONE = (input, found) -> found;

  /**
   * The triggers to keep.
   *
   * @param input what the detectors read
   * @param found the detectors' triggers, in scenario order
   * @return the triggers after the rules, in scenario order
   */
  List<Trigger> apply(DemandInput input, List<Trigger> found);
}
