package io.loanradar.model.data;

import java.util.List;
import java.util.Locale;

/**
 * One input column of a model: its name, whether it is numeric or categorical, and for a
 * categorical column the categories seen in training (sorted). A model keeps its features so that
 * it reads a new file the way it read its training file.
 */
public record Feature(String name, Kind kind, List<String> categories) {

  /** How a column's cells are read. */
  public enum Kind {
    NUMERIC,
    CATEGORICAL
  }

  public Feature {
    if (name == null) {
      throw new IllegalArgumentException("a feature needs a name");
    }
    categories = categories == null ? List.of() : List.copyOf(categories);
  }

  public static Feature numeric(String name) {
    return new Feature(name, Kind.NUMERIC, List.of());
  }

  public boolean numeric() {
    return kind == Kind.NUMERIC;
  }

  /**
   * The number in a cell, or NaN when the cell is missing.
   *
   * @throws IllegalArgumentException when the text is not a number
   */
  public double number(Table table, int row, int column) {
    String cell = table.cell(row, column);
    if (cell == null) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s line %d: column '%s' is numeric but holds '%s'",
              table.source(),
              table.line(row),
              name,
              cell));
    }
  }

  /** True when the text parses as a finite or infinite double. */
  static boolean isNumber(String text) {
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
