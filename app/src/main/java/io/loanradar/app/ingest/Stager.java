package io.loanradar.app.ingest;

import io.loanradar.app.store.StoreTable;
import io.loanradar.core.contract.Column;
import io.loanradar.core.contract.ColumnType;
import io.loanradar.core.contract.ContractKind;
import io.loanradar.core.contract.ContractRow;
import io.loanradar.core.contract.Header;
import io.loanradar.core.contract.RowResult;
import io.loanradar.core.contract.RowValidator;
import io.loanradar.core.contract.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one contract file, checks every row and loads the good ones into the staging table of its
 * kind; bad rows go to the quarantine. Streams: memory does not grow with the file.
 */
final class Stager {

  private static final int BATCH = 2_000;
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(false).get();

  private final Connection connection;
  private final long batchId;
  private final LocalDate today;

  Stager(Connection connection, long batchId, LocalDate today) {
    this.connection = connection;
    this.batchId = batchId;
    this.today = today;
  }

  /** The result of staging one file. */
  record Staged(long fileId, FileReport report, Optional<StoreTable> table) {}

  Staged stage(Path file, Optional<ContractKind> givenKind, Optional<Charset> givenEncoding)
      throws IOException, SQLException {
    String name = file.getFileName().toString();
    Optional<String> binary = TextFile.binaryProblem(file);
    Charset charset = givenEncoding.isPresent() ? givenEncoding.get() : TextFile.detect(file);
    MessageDigest digest = sha256();
    try (InputStream raw = new DigestInputStream(Files.newInputStream(file), digest);
        Reader reader = new InputStreamReader(raw, charset);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      if (binary.isPresent()) {
        return rejected(name, null, charset, raw, digest, binary.get());
      }
      var records = parser.iterator();
      if (!records.hasNext()) {
        return rejected(
            name, null, charset, raw, digest, "文件为空，没有表头 / the file is empty: no header row");
      }
      List<String> headerCells = records.next().toList();
      Optional<ContractKind> kind =
          givenKind.isPresent() ? givenKind : Header.recognise(headerCells).or(() -> byName(name));
      if (kind.isEmpty()) {
        return rejected(
            name,
            null,
            charset,
            raw,
            digest,
            "无法从表头识别数据种类（表头："
                + String.join(",", headerCells)
                + "）/ header matches no contract kind");
      }
      Header header = Header.match(kind.get(), headerCells);
      if (!header.complete()) {
        return rejected(
            name,
            kind.get(),
            charset,
            raw,
            digest,
            "缺少必填列 "
                + header.missingRequired()
                + " / missing required columns "
                + header.missingRequired());
      }
      long fileId = insertFile(name, kind.get(), charset, header.unknown());
      StoreTable table = StoreTable.of(kind.get());
      long[] counts = load(parser, records, new RowValidator(header, today), table, fileId);
      String sha = HexFormat.of().formatHex(digest.digest());
      update(
          "UPDATE import_file SET sha256 = ?, rows_read = ? WHERE file_id = ?",
          sha,
          counts[0],
          fileId);
      FileReport report =
          new FileReport(
              name,
              kind.get().name(),
              charset.name(),
              sha,
              counts[0],
              0,
              0,
              0,
              counts[1],
              header.unknown(),
              null);
      return new Staged(fileId, report, Optional.of(table));
    }
  }

  private long[] load(
      CSVParser parser,
      java.util.Iterator<CSVRecord> records,
      RowValidator validator,
      StoreTable table,
      long fileId)
      throws SQLException {
    List<Column> columns = table.kind().columns();
    long read = 0;
    long bad = 0;
    int pendingRows = 0;
    int pendingBad = 0;
    try (PreparedStatement rows = connection.prepareStatement(stagingInsert(table));
        PreparedStatement quarantine = connection.prepareStatement(Merger.QUARANTINE_INSERT)) {
      long previousLine = parser.getCurrentLineNumber();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        long line = previousLine + 1;
        previousLine = parser.getCurrentLineNumber();
        read++;
        RowResult result = validator.check(record.toList());
        if (result instanceof RowResult.Accepted accepted) {
          bind(rows, accepted.row(), columns, fileId, line);
          rows.addBatch();
          if (++pendingRows == BATCH) {
            rows.executeBatch();
            pendingRows = 0;
          }
        } else if (result instanceof RowResult.Rejected rejected) {
          bad++;
          for (Violation v : rejected.violations()) {
            Merger.bindQuarantine(quarantine, batchId, fileId, line, v);
            quarantine.addBatch();
            pendingBad++;
          }
          if (pendingBad >= BATCH) {
            quarantine.executeBatch();
            pendingBad = 0;
          }
        }
      }
      if (pendingRows > 0) {
        rows.executeBatch();
      }
      if (pendingBad > 0) {
        quarantine.executeBatch();
      }
    }
    return new long[] {read, bad};
  }

  private void bind(
      PreparedStatement ps, ContractRow row, List<Column> columns, long fileId, long line)
      throws SQLException {
    ps.setLong(1, batchId);
    ps.setLong(2, fileId);
    ps.setLong(3, line);
    for (int c = 0; c < columns.size(); c++) {
      Object value = row.get(c);
      int at = c + 4;
      if (value == null) {
        ps.setNull(at, sqlType(columns.get(c).type()));
      } else if (value instanceof YearMonth month) {
        ps.setObject(at, month.atDay(1));
      } else {
        ps.setObject(at, value);
      }
    }
  }

  static int sqlType(ColumnType type) {
    if (type instanceof ColumnType.Amount || type instanceof ColumnType.Decimal) {
      return Types.NUMERIC;
    }
    if (type instanceof ColumnType.Whole) {
      return Types.BIGINT;
    }
    if (type instanceof ColumnType.Date || type instanceof ColumnType.Month) {
      return Types.DATE;
    }
    if (type instanceof ColumnType.DateTime) {
      return Types.TIMESTAMP;
    }
    return type instanceof ColumnType.Flag ? Types.BOOLEAN : Types.VARCHAR;
  }

  private static String stagingInsert(StoreTable table) {
    List<String> names = new ArrayList<>(List.of("batch_id", "file_id", "line_no"));
    names.addAll(table.columns());
    return "INSERT INTO "
        + table.staging()
        + " ("
        + String.join(", ", names)
        + ") VALUES ("
        + String.join(", ", java.util.Collections.nCopies(names.size(), "?"))
        + ")";
  }

  private Staged rejected(
      String name,
      ContractKind kind,
      Charset charset,
      InputStream raw,
      MessageDigest digest,
      String why)
      throws SQLException, IOException {
    raw.transferTo(java.io.OutputStream.nullOutputStream());
    String sha = HexFormat.of().formatHex(digest.digest());
    long fileId = insertFile(name, kind, charset, List.of());
    update("UPDATE import_file SET sha256 = ?, rejection = ? WHERE file_id = ?", sha, why, fileId);
    FileReport report =
        new FileReport(
            name,
            kind == null ? null : kind.name(),
            charset.name(),
            sha,
            0,
            0,
            0,
            0,
            0,
            List.of(),
            why);
    return new Staged(fileId, report, Optional.empty());
  }

  private long insertFile(String name, ContractKind kind, Charset charset, List<String> unknown)
      throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO import_file (batch_id, file_name, sha256, kind, encoding, unknown_columns) VALUES (?, ?, '', ?, ?, ?)",
            new String[] {"file_id"})) {
      ps.setLong(1, batchId);
      ps.setString(2, name);
      ps.setString(3, kind == null ? null : kind.name());
      ps.setString(4, charset.name());
      ps.setString(5, unknown.isEmpty() ? null : String.join(",", unknown));
      ps.executeUpdate();
      try (var keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private void update(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }

  private static Optional<ContractKind> byName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return ContractKind.ofFileStem(dot < 0 ? fileName : fileName.substring(0, dot));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
