package io.loanradar.core.warning;

/** How serious a signal or an alert is, from least to most. */
public enum Severity {
  /** 低 */
  LOW,
  /** 中 */
  MEDIUM,
  /** 高 */
  HIGH,
  /** 严重 */
  CRITICAL;

  /** The more serious of this and another severity. */
  public Severity max(Severity other) {
    return other.compareTo(this) > 0 ? other : this;
  }
}
