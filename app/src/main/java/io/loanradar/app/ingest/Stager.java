package io.loanradar.app.ingest;

import io.loanradar.app.store.StoreTable;
import io.loanradar.core.contract.ColumnType;
import io.loanradar.core.contract.ContractKind;
import io.loanradar.core.contract.ContractRow;
import io.loanradar.core.contract.Header;
import io.loanradar.core.contract.RowResult;
import io.loanradar.core.contract.RowValidator;
import io.loanradar.core.contract.Violation;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Reads one contract file, checks every row and loads the good ones into the staging table of its
 * kind; bad rows go to the quarantine. Streams: memory does not grow with the file.
 */
final class Stager {

  private static final int BATCH = 2_000;

  private final Connection connection;
  private final long batchId;
  private final LocalDate today;
  private final ImportProgress progress;
  private final FirstLoad firstLoad;

  Stager(
      Connection connection,
      long batchId,
      LocalDate today,
      ImportProgress progress,
      FirstLoad firstLoad) {
    this.connection = connection;
    this.batchId = batchId;
    this.today = today;
    this.progress = progress;
    this.firstLoad = firstLoad;
  }

  /** The result of staging one file. */
  record Staged(long fileId, FileReport report, Optional<StoreTable> table) {}

  Staged stage(Path file, Optional<ContractKind> givenKind, Optional<Charset> givenEncoding)
      throws IOException, SQLException {
    String name = file.getFileName().toString();
    boolean xlsx = name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    if (!xlsx) {
      Optional<String> binary = TextFile.binaryProblem(file);
      if (binary.isPresent()) {
        return rejected(name, null, "binary", Sha256.ofFile(file), binary.get());
      }
    }
    try (RowSource source = open(file, xlsx, givenEncoding)) {
      RowSource.SourceRow first = source.next();
      if (first == null) {
        return rejected(
            name,
            null,
            source.encoding(),
            source.sha256(),
            "文件为空，没有表头 / the file is empty: no header row");
      }
      List<String> headerCells = first.cells();
      Optional<ContractKind> kind =
          givenKind.isPresent() ? givenKind : Header.recognise(headerCells).or(() -> byName(name));
      if (kind.isEmpty()) {
        return rejected(
            name,
            null,
            source.encoding(),
            source.sha256(),
            "无法从表头识别数据种类（表头："
                + String.join(",", headerCells)
                + "）/ the header matches no contract kind");
      }
      Header header = Header.match(kind.get(), headerCells);
      if (!header.complete()) {
        return rejected(
            name,
            kind.get(),
            source.encoding(),
            source.sha256(),
            "缺少必填列 "
                + header.missingRequired()
                + " / missing required columns "
                + header.missingRequired());
      }
      long fileId = insertFile(name, kind.get(), source.encoding(), header.unknown());
      StoreTable table = StoreTable.of(kind.get());
      long[] counts;
      try {
        counts = load(name, source, new RowValidator(header, today), table, fileId);
      } catch (java.nio.charset.CharacterCodingException e) {
        return undecodable(name, kind.get(), source.encoding(), file, table, fileId);
      }
      String sha = source.sha256();
      Importer.update(
          connection,
          "UPDATE import_file SET sha256 = ?, rows_read = ? WHERE file_id = ?",
          sha,
          counts[0],
          fileId);
      FileReport report =
          new FileReport(
              name,
              kind.get().name(),
              source.encoding(),
              sha,
              counts[0],
              0,
              0,
              0,
              counts[1],
              header.unknown(),
              null);
      return new Staged(fileId, report, Optional.of(table));
    } catch (java.nio.charset.CharacterCodingException e) {
      String encoding = givenEncoding.map(Charset::name).orElse("UTF-8");
      return rejected(
          name,
          null,
          encoding,
          Sha256.ofFile(file),
          "表头不是有效的 "
              + encoding
              + " 编码文本（可用 --encoding 指定）/ the header is not valid "
              + encoding
              + " text (give the right one with --encoding)");
    } catch (org.dhatim.fastexcel.reader.ExcelReaderException | java.io.UncheckedIOException e) {
      return rejected(
          name,
          null,
          xlsx ? "XLSX" : "?",
          Sha256.ofFile(file),
          "文件无法读取 / the file cannot be read: " + e.getMessage());
    }
  }

  private Staged undecodable(
      String name, ContractKind kind, String encoding, Path file, StoreTable table, long fileId)
      throws SQLException, IOException {
    Importer.update(
        connection,
        "DELETE FROM " + firstLoad.target(table) + " WHERE batch_id = ? AND file_id = ?",
        batchId,
        fileId);
    Importer.update(
        connection, "DELETE FROM quarantine WHERE batch_id = ? AND file_id = ?", batchId, fileId);
    String why =
        "文件不是有效的 "
            + encoding
            + " 编码文本（可用 --encoding 指定，如 GB18030）/ the file is not valid "
            + encoding
            + " text (give the right one with --encoding, e.g. GB18030)";
    Importer.update(
        connection,
        "UPDATE import_file SET sha256 = ?, rejection = ? WHERE file_id = ?",
        Sha256.ofFile(file),
        why,
        fileId);
    FileReport report =
        new FileReport(
            name, kind.name(), encoding, Sha256.ofFile(file), 0, 0, 0, 0, 0, List.of(), why);
    return new Staged(fileId, report, Optional.empty());
  }

  private static RowSource open(Path file, boolean xlsx, Optional<Charset> givenEncoding)
      throws IOException {
    if (xlsx) {
      return new XlsxRowSource(file);
    }
    return new CsvRowSource(
        file, givenEncoding.isPresent() ? givenEncoding.get() : TextFile.detect(file));
  }

  private long[] load(
      String name, RowSource source, RowValidator validator, StoreTable table, long fileId)
      throws SQLException, IOException {
    long read = 0;
    long bad = 0;
    int pendingBad = 0;
    try (StagingSink rows = StagingSink.open(connection, table, firstLoad.target(table), batchId);
        PreparedStatement quarantine = connection.prepareStatement(Merger.QUARANTINE_INSERT)) {
      for (RowSource.SourceRow row = source.next(); row != null; row = source.next()) {
        read++;
        RowResult result = validator.check(row.cells());
        if (result instanceof RowResult.Accepted accepted) {
          rows.add(fileId, row.line(), accepted.row());
        } else if (result instanceof RowResult.Rejected rejected) {
          bad++;
          for (Violation v : rejected.violations()) {
            Merger.bindQuarantine(quarantine, batchId, fileId, row.line(), v);
            quarantine.addBatch();
            pendingBad++;
          }
          if (pendingBad >= BATCH) {
            rows.flush();
            quarantine.executeBatch();
            pendingBad = 0;
          }
        }
        if (read % ImportProgress.EVERY == 0) {
          progress.rowsRead(name, read);
        }
      }
      rows.flush();
      if (pendingBad > 0) {
        quarantine.executeBatch();
      }
    }
    progress.rowsRead(name, read);
    return new long[] {read, bad};
  }

  static int sqlType(ColumnType type) {
    Class<?> javaType = ContractRow.javaType(type);
    if (javaType == java.math.BigDecimal.class) {
      return Types.NUMERIC;
    }
    if (javaType == Long.class) {
      return Types.BIGINT;
    }
    if (javaType == java.time.LocalDate.class || javaType == YearMonth.class) {
      return Types.DATE;
    }
    if (javaType == java.time.LocalDateTime.class) {
      return Types.TIMESTAMP;
    }
    return javaType == Boolean.class ? Types.BOOLEAN : Types.VARCHAR;
  }

  private Staged rejected(String name, ContractKind kind, String encoding, String sha, String why)
      throws SQLException {
    long fileId = insertFile(name, kind, encoding, List.of());
    Importer.update(
        connection,
        "UPDATE import_file SET sha256 = ?, rejection = ? WHERE file_id = ?",
        sha,
        why,
        fileId);
    FileReport report =
        new FileReport(
            name, kind == null ? null : kind.name(), encoding, sha, 0, 0, 0, 0, 0, List.of(), why);
    return new Staged(fileId, report, Optional.empty());
  }

  private long insertFile(String name, ContractKind kind, String encoding, List<String> unknown)
      throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO import_file (batch_id, file_name, sha256, kind, encoding, unknown_columns) VALUES (?, ?, '', ?, ?, ?)",
            new String[] {"file_id"})) {
      ps.setLong(1, batchId);
      ps.setString(2, name);
      ps.setString(3, kind == null ? null : kind.name());
      ps.setString(4, encoding);
      ps.setString(5, unknown.isEmpty() ? null : String.join(",", unknown));
      ps.executeUpdate();
      try (var keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static Optional<ContractKind> byName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return ContractKind.ofFileStem(dot < 0 ? fileName : fileName.substring(0, dot));
  }
}
