package io.loanradar.app.ingest;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of one import batch.
 *
 * @param batchId the batch id every imported row carries (lineage)
 * @param files one report per file, in the order read
 * @param elapsed wall time of the batch, until its indexes and aggregates were built
 * @param committed wall time until the batch's rows were checked and committed; a first load into
 *     PostgreSQL builds the indexes of its transactions and the daily aggregates after that
 */
public record ImportReport(
    long batchId, List<FileReport> files, Duration elapsed, Duration committed) {

  /** All imported, nothing quarantined. */
  public static final int EXIT_OK = 0;

  /** Internal error; nothing of the batch was kept. */
  public static final int EXIT_INTERNAL = 1;

  /** At least one file was rejected whole. */
  public static final int EXIT_FILE_REJECTED = 2;

  /** Some rows were quarantined; the rest imported. */
  public static final int EXIT_ROWS_QUARANTINED = 3;

  /** Copies the list. */
  public ImportReport {
    files = List.copyOf(files);
  }

  /** The command-line exit code this outcome stands for. */
  public int exitCode() {
    if (files.stream().anyMatch(FileReport::rejected)) {
      return EXIT_FILE_REJECTED;
    }
    return quarantined() > 0 ? EXIT_ROWS_QUARANTINED : EXIT_OK;
  }

  /** Rows quarantined across all files. */
  public long quarantined() {
    return files.stream().mapToLong(FileReport::quarantined).sum();
  }

  /** Rows read across all files. */
  public long rowsRead() {
    return files.stream().mapToLong(FileReport::rowsRead).sum();
  }
}
