package io.loanradar.core.scorecard;

/** The internal A/B/C grade of a score; separate from the five-category classification. */
public enum Grade {
  /** The best customers. */
  A,
  /** Sound customers. */
  B,
  /** The rest. */
  C;
}
