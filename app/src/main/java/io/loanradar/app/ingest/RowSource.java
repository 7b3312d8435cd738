package io.loanradar.app.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Rows of one input file, header first, each with the line (or sheet row) it came from. */
interface RowSource extends Closeable {

  /**
   * The next row, or null at the end. Blank lines are skipped.
   *
   * @throws IOException when the file cannot be read further
   */
  SourceRow next() throws IOException;

  /** The SHA-256 of the file's bytes, hex; complete once {@link #next()} returned null. */
  String sha256() throws IOException;

  /** The character set the text was read in (XLSX: UTF-8 as stored in the package). */
  String encoding();

  /**
   * One row as read.
   *
   * @param line 1-based line in a CSV file (where the record starts) or row in a sheet
   * @param cells the cells as text
   */
  record SourceRow(long line, List<String> cells) {
    /** Copies the cells. */
    public SourceRow {
      cells = List.copyOf(cells);
    }
  }
}
