package io.loanradar.core.warning;

import java.util.EnumSet;
import java.util.Set;

/** Where an alert stands: NEW → ACKNOWLEDGED → IN_PROGRESS → RESOLVED or FALSE_POSITIVE. */
public enum AlertStatus {
  /** 新建 */
  NEW,
  /** 已确认 */
  ACKNOWLEDGED,
  /** 处置中 */
  IN_PROGRESS,
  /** 已解除 */
  RESOLVED,
  /** 误报 */
  FALSE_POSITIVE;

  /** Whether the alert is still open. */
  public boolean open() {
    return this == NEW || this == ACKNOWLEDGED || this == IN_PROGRESS;
  }

  /** The statuses an alert may move to from this one. */
  public Set<AlertStatus> next() {
    switch (this) {
      case NEW:
        return EnumSet.of(ACKNOWLEDGED, FALSE_POSITIVE);
      case ACKNOWLEDGED:
        return EnumSet.of(IN_PROGRESS, RESOLVED, FALSE_POSITIVE);
      case IN_PROGRESS:
        return EnumSet.of(RESOLVED, FALSE_POSITIVE);
      default:
        return EnumSet.noneOf(AlertStatus.class);
    }
  }

  /**
   * Checks a move.
   *
   * @throws IllegalStateException naming both statuses when the move is not allowed
   */
  public void requireMoveTo(AlertStatus to) {
    if (!next().contains(to)) {
      throw new IllegalStateException(
          "预警状态不能从 "
              + this
              + " 变为 "
              + to
              + " / an alert cannot move from "
              + this
              + " to "
              + to
              + (next().isEmpty() ? " (it is closed)" : "; allowed: " + next()));
    }
  }
}
