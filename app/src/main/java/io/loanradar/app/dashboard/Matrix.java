package io.loanradar.app.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Counts laid out as rows by columns, with row and column totals, for a table and a stacked chart.
 *
 * @param columns the column keys in order (an empty key stands for "unscored" or "missing")
 * @param rows the rows in order
 */
record Matrix(List<String> columns, List<Row> rows) {

  /**
   * One row.
   *
   * @param key the row's key, empty when missing
   * @param label what the row is called on the page
   * @param href the enterprise list of the whole row, empty when there is none
   * @param counts one count per column
   * @param hrefs per column, the enterprise list the count was taken from, empty when none
   * @param total the row's sum
   */
  record Row(
      String key, String label, String href, List<Long> counts, List<String> hrefs, long total) {}

  /** The grades, then the unscored. */
  static final List<String> GRADES = List.of("A", "B", "C", "");

  /**
   * Lays cells out under the given columns; rows keep the cells' order.
   *
   * @param label a row key's name on the page
   * @param link the drill-down of a row key and a column key (null column: the whole row); empty
   *     when there is none
   */
  static Matrix of(
      List<DashboardQueries.Cell> cells,
      List<String> columns,
      Function<String, String> label,
      BiFunction<String, String, String> link) {
    Map<String, long[]> byRow = new LinkedHashMap<>();
    for (DashboardQueries.Cell cell : cells) {
      int at = columns.indexOf(cell.column());
      if (at < 0) {
        throw new IllegalStateException("unexpected column " + cell.column() + " in " + columns);
      }
      byRow.computeIfAbsent(cell.row(), k -> new long[columns.size()])[at] += cell.count();
    }
    List<Row> rows = new ArrayList<>();
    byRow.forEach(
        (key, counts) -> {
          List<Long> list = new ArrayList<>();
          List<String> hrefs = new ArrayList<>();
          long total = 0;
          for (int i = 0; i < counts.length; i++) {
            list.add(counts[i]);
            hrefs.add(counts[i] > 0 ? link.apply(key, columns.get(i)) : "");
            total += counts[i];
          }
          rows.add(new Row(key, label.apply(key), link.apply(key, null), list, hrefs, total));
        });
    return new Matrix(columns, rows);
  }

  /**
   * The {@code n} rows of largest total, largest first (ties in their order here); this matrix when
   * it has no more rows than that.
   */
  Matrix largest(int n) {
    if (rows.size() <= n) {
      return this;
    }
    List<Row> top =
        rows.stream().sorted(Comparator.comparingLong(Row::total).reversed()).limit(n).toList();
    return new Matrix(columns, top);
  }

  /** The sum of each column. */
  public List<Long> columnTotals() {
    List<Long> totals = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      long sum = 0;
      for (Row row : rows) {
        sum += row.counts().get(i);
      }
      totals.add(sum);
    }
    return totals;
  }

  /** The sum of all counts. */
  public long total() {
    return rows.stream().mapToLong(Row::total).sum();
  }
}
