package io.loanradar.app.ingest;

import io.loanradar.app.store.StoreTable;
import io.loanradar.core.contract.ContractRow;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Stages rows on PostgreSQL with {@code COPY ... FROM STDIN} in text format, streamed in 64 KiB
 * chunks, so memory stays flat whatever the file size. The COPY is ended before other statements
 * (the quarantine's inserts) run on the connection and reopened with the next row. The rows go to
 * the kind's staging table, or for a first load's transactions to {@code txn} itself (see {@code
 * FirstLoad}), which has the same columns.
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
  private final StringBuilder text = new StringBuilder(512);
  private char[] chars = new char[512];

  CopyStaging(PGConnection connection, StoreTable table, String target, long batchId) {
    this.connection = connection;
    this.table = table;
    this.copy =
        "COPY "
            + target
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
      out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }
    // the row is built in one reused buffer and handed to the encoder in one call: per field
    // calls into the writer, each taking its lock, cost more than the text itself
    text.setLength(0);
    text.append(batch).append('\t').append(fileId).append('\t').append(line);
    for (int c = 0; c < width; c++) {
      text.append('\t');
      write(row.get(c));
    }
    if (!table.derived().isEmpty()) {
      text.append('\t');
      write(StagingSink.derived(table, row));
    }
    text.append('\n');
    int length = text.length();
    if (chars.length < length) {
      chars = new char[Math.max(length, 2 * chars.length)];
    }
    text.getChars(0, length, chars, 0);
    out.write(chars, 0, length);
  }

  /** One field in COPY text format: {@code \N} for null, backslash escapes in text. */
  private void write(Object value) {
    if (value == null) {
      text.append("\\N");
    } else if (value instanceof String string) {
      escape(string, text);
    } else if (value instanceof BigDecimal decimal) {
      text.append(decimal.toPlainString());
    } else if (value instanceof Boolean flag) {
      text.append(flag ? 't' : 'f');
    } else if (value instanceof YearMonth month) {
      date(month.getYear(), month.getMonthValue(), 1);
    } else if (value instanceof LocalDate day) {
      date(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    } else if (value instanceof LocalDateTime time) {
      date(time.getYear(), time.getMonthValue(), time.getDayOfMonth());
      text.append(' ');
      twoDigits(time.getHour()).append(':');
      twoDigits(time.getMinute()).append(':');
      twoDigits(time.getSecond());
      if (time.getNano() != 0) {
        String nanos = Integer.toString(1_000_000_000 + time.getNano());
        text.append('.').append(nanos, 1, nanos.length());
      }
    } else {
      escape(value.toString(), text);
    }
  }

  /**
   * A date as PostgreSQL reads it: {@code YYYY-MM-DD}, a year outside 1 to 9999 as ISO writes it.
   */
  private void date(int year, int month, int day) {
    if (year < 1 || year > 9999) {
      text.append(LocalDate.of(year, month, day));
      return;
    }
    text.append((char) ('0' + year / 1000))
        .append((char) ('0' + year / 100 % 10))
        .append((char) ('0' + year / 10 % 10))
        .append((char) ('0' + year % 10))
        .append('-');
    twoDigits(month).append('-');
    twoDigits(day);
  }

  private StringBuilder twoDigits(int n) {
    return text.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
  }

  /** Appends text with COPY's escapes for backslash, tab, newline and carriage return. */
  static void escape(String value, StringBuilder out) {
    int from = 0;
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      char code =
          switch (ch) {
            case '\\' -> '\\';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\r' -> 'r';
            default -> 0;
          };
      if (code != 0) {
        out.append(value, from, i).append('\\').append(code);
        from = i + 1;
      }
    }
    out.append(value, from, value.length());
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
