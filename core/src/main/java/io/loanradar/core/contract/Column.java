package io.loanradar.core.contract;

/**
 * One column of a contract kind.
 *
 * @param name the header name, lower case
 * @param type how its cells are parsed
 * @param required whether the header must have it and every row must fill it
 */
public record Column(String name, ColumnType type, boolean required) {

  /** A required column. */
  static Column req(String name, ColumnType type) {
    return new Column(name, type, true);
  }

  /** An optional column. */
  static Column opt(String name, ColumnType type) {
    return new Column(name, type, false);
  }
}
