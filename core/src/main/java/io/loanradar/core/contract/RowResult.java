package io.loanradar.core.contract;

import java.util.List;

/** The outcome of checking one row: a typed row, or every rule it breaks. */
public sealed interface RowResult {

  /** The row passed. */
  record Accepted(ContractRow row) implements RowResult {}

  /** The row broke at least one rule; the list holds all of them. */
  record Rejected(List<Violation> violations) implements RowResult {
    /** Copies the list; it must not be empty. */
    public Rejected {
      violations = List.copyOf(violations);
      if (violations.isEmpty()) {
        throw new IllegalArgumentException("a rejected row needs at least one violation");
      }
    }
  }
}
