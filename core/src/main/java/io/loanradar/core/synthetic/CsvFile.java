package io.loanradar.core.synthetic;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One output CSV: UTF-8 without BOM, RFC 4180 quoting, {@code \n} line ends. Rows are built field
 * by field into a reused buffer and counted.
 */
final class CsvFile implements Closeable {

  private static final int BUFFER = 1 << 20;

  private final String fileName;
  private final BufferedWriter out;
  private final StringBuilder row = new StringBuilder(256);
  private boolean firstField = true;
  private long rows;

  CsvFile(Path dir, String fileName, List<String> header) throws IOException {
    this.fileName = fileName;
    this.out =
        new BufferedWriter(
            new OutputStreamWriter(
                Files.newOutputStream(dir.resolve(fileName)), StandardCharsets.UTF_8),
            BUFFER);
    for (String column : header) {
      text(column);
    }
    out.append(row).append('\n');
    row.setLength(0);
    firstField = true;
  }

  String fileName() {
    return fileName;
  }

  long rows() {
    return rows;
  }

  private StringBuilder next() {
    if (!firstField) {
      row.append(',');
    }
    firstField = false;
    return row;
  }

  CsvFile text(String value) {
    StringBuilder b = next();
    if (value == null) {
      return this;
    }
    if (needsQuotes(value)) {
      b.append('"').append(value.replace("\"", "\"\"")).append('"');
    } else {
      b.append(value);
    }
    return this;
  }

  CsvFile empty() {
    next();
    return this;
  }

  CsvFile number(long value) {
    next().append(value);
    return this;
  }

  /** A money amount given in fen (cents), written as yuan with exactly two fraction digits. */
  CsvFile money(long cents) {
    Money.append(next(), cents);
    return this;
  }

  CsvFile date(LocalDate day) {
    if (day == null) {
      return empty();
    }
    Dates.append(next(), day);
    return this;
  }

  /** A raw, already formatted field that never needs quoting. */
  CsvFile raw(CharSequence value) {
    next().append(value);
    return this;
  }

  StringBuilder rawBuilder() {
    return next();
  }

  void end() throws IOException {
    row.append('\n');
    out.append(row);
    row.setLength(0);
    firstField = true;
    rows++;
  }

  private static boolean needsQuotes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
