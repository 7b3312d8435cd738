package io.loanradar.app.score;

import io.loanradar.app.store.StoreTable;
import io.loanradar.core.contract.Column;
import io.loanradar.core.contract.ColumnType;
import io.loanradar.core.contract.ContractRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

/** Reads contract rows back from their tables, typed as the contract says. */
final class StoredRows {

  private StoredRows() {}

  /** {@code SELECT <contract columns> FROM <table>}. */
  static String select(StoreTable table) {
    return "SELECT " + String.join(", ", table.columns()) + " FROM " + table.table();
  }

  /** The current row of a result set selected with {@link #select}, as a contract row. */
  static ContractRow read(ResultSet rs, StoreTable table) throws SQLException {
    List<Column> columns = table.kind().columns();
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value(rs, i + 1, columns.get(i).type());
    }
    return ContractRow.ofStored(table.kind(), values);
  }

  private static Object value(ResultSet rs, int at, ColumnType type) throws SQLException {
    Class<?> javaType = ContractRow.javaType(type);
    if (javaType == YearMonth.class) {
      LocalDate first = rs.getObject(at, LocalDate.class);
      return first == null ? null : YearMonth.from(first);
    }
    if (javaType == LocalDate.class) {
      return rs.getObject(at, LocalDate.class);
    }
    if (javaType == LocalDateTime.class) {
      return rs.getObject(at, LocalDateTime.class);
    }
    if (javaType == Long.class) {
      long v = rs.getLong(at);
      return rs.wasNull() ? null : v;
    }
    if (javaType == Boolean.class) {
      boolean v = rs.getBoolean(at);
      return rs.wasNull() ? null : v;
    }
    if (javaType == java.math.BigDecimal.class) {
      return rs.getBigDecimal(at);
    }
    return rs.getString(at);
  }

  /** Column list with a table alias, for joins. */
  static String columns(StoreTable table, String alias) {
    return table.columns().stream().map(c -> alias + "." + c).collect(Collectors.joining(", "));
  }
}
