package io.loanradar.core.product;

/** What an eligibility expression said about one customer. */
public sealed interface RuleOutcome {

  /** The expression held. */
  record Passed() implements RuleOutcome {}

  /** The expression evaluated to false. */
  record Failed() implements RuleOutcome {}

  /**
   * The expression could not be compiled or evaluated (a syntax error with line:column, an unknown
   * feature, a missing value); the product is not recommended on it, the run goes on.
   *
   * @param message what went wrong, naming the product and where
   */
  record Broken(String message) implements RuleOutcome {}
}
