package io.loanradar.app.ingest;

import io.loanradar.app.store.StoreTable;
import io.loanradar.core.contract.ContractRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Stages rows on PostgreSQL with {@code COPY ... FROM STDIN} in text format, streamed in 64 KiB
 * chunks, so memory stays flat whatever the file size. The COPY is ended before other statements
 * (the quarantine's inserts) run on the connection and reopened with the next row.
 */
final class CopyStaging implements StagingSink {

  private static final int BUFFER = 1 << 16;

  private final PGConnection connection;
  private final StoreTable table;
  private final String copy;
  private final String batch;
  private final int width;
  private PGCopyOutputStream stream;
  private Writer out;

  CopyStaging(PGConnection connection, StoreTable table, long batchId) {
    this.connection = connection;
    this.table = table;
    this.copy =
        "COPY "
            + table.staging()
            + " ("
            + String.join(", ", StagingSink.columns(table))
            + ") FROM STDIN (FORMAT text)";
    this.batch = Long.toString(batchId);
    this.width = table.columns().size();
  }

  @Override
  public void add(long fileId, long line, ContractRow row) throws SQLException, IOException {
    if (out == null) {
      stream = new PGCopyOutputStream(connection, copy, BUFFER);
      out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER);
    }
    out.write(batch);
    out.write('\t');
    out.write(Long.toString(fileId));
    out.write('\t');
    out.write(Long.toString(line));
    for (int c = 0; c < width; c++) {
      out.write('\t');
      write(row.get(c));
    }
    if (!table.derived().isEmpty()) {
      out.write('\t');
      write(StagingSink.derived(table, row));
    }
    out.write('\n');
  }

  /** One field in COPY text format: {@code \N} for null, backslash escapes in text. */
  private void write(Object value) throws IOException {
    if (value == null) {
      out.write("\\N");
    } else if (value instanceof String text) {
      escape(text, out);
    } else if (value instanceof BigDecimal decimal) {
      out.write(decimal.toPlainString());
    } else if (value instanceof Boolean flag) {
      out.write(flag ? 't' : 'f');
    } else if (value instanceof YearMonth month) {
      out.write(month.atDay(1).toString());
    } else if (value instanceof LocalDateTime time) {
      out.write(time.toLocalDate().toString());
      out.write(' ');
      out.write(time.toLocalTime().toString());
    } else {
      escape(value.toString(), out);
    }
  }

  /** Writes text with COPY's escapes for backslash, tab, newline and carriage return. */
  static void escape(String text, Writer out) throws IOException {
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      char code =
          switch (ch) {
            case '\\' -> '\\';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\r' -> 'r';
            default -> 0;
          };
      if (code != 0) {
        out.write(text, from, i - from);
        out.write('\\');
        out.write(code);
        from = i + 1;
      }
    }
    out.write(text, from, text.length() - from);
  }

  @Override
  public void flush() throws SQLException, IOException {
    if (out == null) {
      return;
    }
    Writer writer = out;
    PGCopyOutputStream copying = stream;
    out = null;
    stream = null;
    try {
      writer.flush();
      copying.endCopy();
    } catch (IOException | SQLException | RuntimeException e) {
      if (copying.isActive()) {
        try {
          copying.cancelCopy();
        } catch (SQLException cancel) {
          e.addSuppressed(cancel);
        }
      }
      throw e;
    }
  }

  @Override
  public void close() throws SQLException, IOException {
    flush();
  }
}
