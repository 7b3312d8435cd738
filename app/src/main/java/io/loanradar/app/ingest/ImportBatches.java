package io.loanradar.app.ingest;

import io.loanradar.app.security.DataScope;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Committed import batches, their files and their quarantine, as read back from the store. */
@Repository
public class ImportBatches {

  private final JdbcClient jdbc;

  ImportBatches(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One batch as listed.
   *
   * @param batchId id
   * @param startedAt when it started
   * @param actor who imported
   * @param origin cli, web, rest or demo
   * @param files how many files
   * @param rowsRead rows read in all files
   * @param quarantined rows quarantined in all files
   * @param rejectedFiles files rejected whole
   */
  public record BatchSummary(
      long batchId,
      LocalDateTime startedAt,
      String actor,
      String origin,
      long files,
      long rowsRead,
      long quarantined,
      long rejectedFiles) {}

  /** The most recent batches, newest first. */
  public List<BatchSummary> recent(int limit) {
    return jdbc.sql(
            "SELECT b.batch_id, b.started_at, b.actor, b.origin, COUNT(f.file_id) AS files,"
                + " COALESCE(SUM(f.rows_read), 0) AS rows_read,"
                + " COALESCE(SUM(f.quarantined), 0) AS quarantined,"
                + " SUM(CASE WHEN f.rejection IS NULL THEN 0 ELSE 1 END) AS rejected_files"
                + " FROM import_batch b LEFT JOIN import_file f ON f.batch_id = b.batch_id"
                + " GROUP BY b.batch_id, b.started_at, b.actor, b.origin"
                + " ORDER BY b.batch_id DESC LIMIT :limit")
        .param("limit", limit)
        .query(BatchSummary.class)
        .list();
  }

  /** The file reports of a committed batch, or empty when there is no such batch. */
  public Optional<List<FileReport>> files(long batchId) {
    boolean exists =
        jdbc.sql("SELECT COUNT(*) FROM import_batch WHERE batch_id = :id")
                .param("id", batchId)
                .query(Long.class)
                .single()
            > 0;
    if (!exists) {
      return Optional.empty();
    }
    return Optional.of(
        jdbc.sql(
                "SELECT file_name, kind, encoding, sha256, rows_read, inserted, updated, unchanged,"
                    + " quarantined, unknown_columns, rejection FROM import_file WHERE batch_id = :id"
                    + " ORDER BY file_id")
            .param("id", batchId)
            .query(
                (rs, n) ->
                    new FileReport(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9),
                        rs.getString(10) == null
                            ? List.of()
                            : Arrays.asList(rs.getString(10).split(",")),
                        rs.getString(11)))
            .list());
  }

  /**
   * Writes a batch's quarantine as CSV (UTF-8 with BOM so that Excel shows Chinese): file, line,
   * column, value, reason in Chinese and English. Cells that a spreadsheet would run as a formula
   * are prefixed with an apostrophe. Closes the writer.
   */
  public void writeQuarantine(long batchId, Writer out) throws IOException {
    out.write('\uFEFF');
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord("file", "line", "column", "value", "reason_zh", "reason_en");
      jdbc.sql(
              "SELECT f.file_name, q.line_no, q.column_name, q.raw_value, q.reason_zh, q.reason_en"
                  + " FROM quarantine q JOIN import_file f ON f.file_id = q.file_id"
                  + " WHERE q.batch_id = :id ORDER BY q.file_id, q.line_no, q.quarantine_id")
          .param("id", batchId)
          .query(
              rs -> {
                try {
                  csv.printRecord(
                      safe(rs.getString(1)),
                      rs.getLong(2),
                      safe(rs.getString(3)),
                      safe(rs.getString(4)),
                      safe(rs.getString(5)),
                      safe(rs.getString(6)));
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
    }
  }

  /**
   * Where a stored row came from.
   *
   * @param kind the contract kind
   * @param key the row's key values
   * @param batchId the batch that last wrote it
   * @param fileName the file
   * @param sha256 the file's digest
   * @param line the line (or sheet row) in the file
   * @param importedAt when the batch started
   * @param actor who imported it
   */
  public record Lineage(
      String kind,
      List<String> key,
      long batchId,
      String fileName,
      String sha256,
      long line,
      LocalDateTime importedAt,
      String actor) {}

  /**
   * The lineage of one stored row, found by its key.
   *
   * @param kind the contract kind
   * @param scope the caller's data scope: rows of an enterprise out of scope are not found (the
   *     product catalogue belongs to no enterprise and is in every scope)
   * @param key the key values in the kind's key-column order
   * @throws IllegalArgumentException when the number of key values does not fit the kind
   */
  public Optional<Lineage> lineage(
      DataScope scope, io.loanradar.core.contract.ContractKind kind, List<String> key) {
    io.loanradar.app.store.StoreTable table = io.loanradar.app.store.StoreTable.of(kind);
    if (key.size() != table.key().size()) {
      throw new IllegalArgumentException(kind + " rows are keyed by " + table.key());
    }
    String where =
        table.key().stream()
            .map(k -> "CAST(t." + k + " AS VARCHAR(300)) = ?")
            .collect(java.util.stream.Collectors.joining(" AND "));
    List<Object> params = new java.util.ArrayList<>(key);
    switch (table) {
      case ENTERPRISE -> where += " AND " + scope.on("t");
      case RELATION ->
          where +=
              " AND ("
                  + scope.onEnterpriseId("t.from_id")
                  + " OR "
                  + scope.onEnterpriseId("t.to_id")
                  + ")";
      case PRODUCT -> {}
      default -> where += " AND " + scope.onEnterpriseId("t.enterprise_id");
    }
    params.addAll(scope.binds());
    if (table == io.loanradar.app.store.StoreTable.RELATION) {
      params.addAll(scope.binds());
    }
    return jdbc.sql(
            "SELECT t.batch_id, f.file_name, f.sha256, t.line_no, b.started_at, b.actor FROM "
                + table.table()
                + " t JOIN import_file f ON f.file_id = t.file_id"
                + " JOIN import_batch b ON b.batch_id = t.batch_id WHERE "
                + where)
        .params(params)
        .query(
            (rs, n) ->
                new Lineage(
                    kind.name(),
                    key,
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getObject(5, LocalDateTime.class),
                    rs.getString(6)))
        .optional();
  }

  /** Neutralises a cell a spreadsheet would evaluate (CSV injection). */
  static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + cell
        : cell;
  }
}
