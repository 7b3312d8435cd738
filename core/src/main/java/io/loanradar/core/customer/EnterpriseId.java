package io.loanradar.core.customer;

/**
 * The bank's customer number of an enterprise.
 *
 * @param value 1 to 32 characters, no surrounding blanks
 */
public record EnterpriseId(String value) implements Comparable<EnterpriseId> {

  /** Longest id the contract accepts. */
  public static final int MAX_LENGTH = 32;

  /**
   * @throws IllegalArgumentException when empty, longer than 32 or padded with blanks
   */
  public EnterpriseId {
    if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("enterprise id must have 1 to 32 characters: " + value);
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException("enterprise id has surrounding blanks: '" + value + "'");
    }
  }

  @Override
  public int compareTo(EnterpriseId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
