package io.loanradar.core.demand;

import java.util.EnumSet;
import java.util.Set;

/**
 * 商机阶段 — where an opportunity stands. It moves forward one stage at a time, NEW → CONTACTED →
 * QUALIFIED → APPLIED → APPROVED → DISBURSED, or to LOST from any open stage; a new loan may take
 * it to DISBURSED from any open stage. DISBURSED and LOST are final.
 */
public enum OpportunityStage {
  NEW,
  CONTACTED,
  QUALIFIED,
  APPLIED,
  APPROVED,
  DISBURSED,
  LOST;

  /** Whether the opportunity is still being worked on. */
  public boolean open() {
    return this != DISBURSED && this != LOST;
  }

  /** The stages a person may move it to from here. */
  public Set<OpportunityStage> next() {
    return switch (this) {
      case NEW -> EnumSet.of(CONTACTED, LOST);
      case CONTACTED -> EnumSet.of(QUALIFIED, LOST);
      case QUALIFIED -> EnumSet.of(APPLIED, LOST);
      case APPLIED -> EnumSet.of(APPROVED, LOST);
      case APPROVED -> EnumSet.of(DISBURSED, LOST);
      case DISBURSED, LOST -> EnumSet.noneOf(OpportunityStage.class);
    };
  }

  /**
   * Checks a move a person asks for.
   *
   * @throws IllegalStateException naming both stages and the allowed ones when the move is not
   *     allowed
   */
  public void requireMoveTo(OpportunityStage target) {
    if (!next().contains(target)) {
      throw new IllegalStateException(
          "an opportunity in stage " + this + " cannot move to " + target + "; allowed: " + next());
    }
  }
}
