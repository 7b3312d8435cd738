package io.loanradar.core.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.StringJoiner;

/**
 * A row that passed every rule of its kind: typed values by column position, null where unknown.
 */
public final class ContractRow {

  private final ContractKind kind;
  private final Object[] values;

  ContractRow(ContractKind kind, Object[] values) {
    if (values.length != kind.columns().size()) {
      throw new IllegalArgumentException(
          "a " + kind + " row has " + kind.columns().size() + " values");
    }
    this.kind = kind;
    this.values = values.clone();
  }

  /** The kind of the row. */
  public ContractKind kind() {
    return kind;
  }

  /**
   * The value at a column position: String, BigDecimal, Long, Boolean, LocalDate, LocalDateTime or
   * YearMonth, or null.
   */
  public Object get(int index) {
    return values[index];
  }

  /** The value of a named column, or null. */
  public Object get(String column) {
    return values[kind.indexOf(column)];
  }

  /** A text or code value, or null. */
  public String text(String column) {
    return (String) get(column);
  }

  /** A money or decimal value, or null. */
  public BigDecimal decimal(String column) {
    return (BigDecimal) get(column);
  }

  /** A whole-number value, or null. */
  public Long whole(String column) {
    return (Long) get(column);
  }

  /** A yes/no value, or null. */
  public Boolean flag(String column) {
    return (Boolean) get(column);
  }

  /** A date value, or null. */
  public LocalDate date(String column) {
    return (LocalDate) get(column);
  }

  /** A date-time value, or null. */
  public LocalDateTime dateTime(String column) {
    return (LocalDateTime) get(column);
  }

  /** A month value, or null. */
  public YearMonth month(String column) {
    return (YearMonth) get(column);
  }

  /** The key columns' values joined by {@code |}, identifying the row within its kind. */
  public String key() {
    StringJoiner joiner = new StringJoiner("|");
    for (String column : kind.key()) {
      joiner.add(String.valueOf(get(column)));
    }
    return joiner.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContractRow other
        && kind == other.kind
        && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return kind + Arrays.toString(values);
  }
}
