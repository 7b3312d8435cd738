package io.loanradar.core.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
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

  /**
   * A row read back from the store, whose values were checked when it was imported.
   *
   * @param kind the kind
   * @param values one per contract column, in order, typed as {@link #get(int)} describes
   * @throws IllegalArgumentException when the count or a value's type does not fit the kind
   */
  public static ContractRow ofStored(ContractKind kind, Object... values) {
    List<Column> columns = kind.columns();
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          "a " + kind + " row has " + columns.size() + " values, got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      Class<?> expected = javaType(columns.get(i).type());
      if (values[i] != null && !expected.isInstance(values[i])) {
        throw new IllegalArgumentException(
            kind
                + "."
                + columns.get(i).name()
                + " must be a "
                + expected.getSimpleName()
                + ", got "
                + values[i].getClass().getSimpleName());
      }
    }
    return new ContractRow(kind, values);
  }

  /** The Java type of the values of a column type. */
  public static Class<?> javaType(ColumnType type) {
    if (type instanceof ColumnType.Amount || type instanceof ColumnType.Decimal) {
      return BigDecimal.class;
    }
    if (type instanceof ColumnType.Whole) {
      return Long.class;
    }
    if (type instanceof ColumnType.Date) {
      return LocalDate.class;
    }
    if (type instanceof ColumnType.DateTime) {
      return LocalDateTime.class;
    }
    if (type instanceof ColumnType.Month) {
      return YearMonth.class;
    }
    return type instanceof ColumnType.Flag ? Boolean.class : String.class;
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
