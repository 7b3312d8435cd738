package io.loanradar.app.ingest;

import java.util.List;

/**
 * What a batch did with one file.
 *
 * @param fileName the file's name as given
 * @param kind the contract kind, or null when the file was rejected before it was recognised
 * @param encoding the character set it was read in
 * @param sha256 hex digest of the file's bytes
 * @param rowsRead data rows read (header and blank lines not counted)
 * @param inserted rows new to the store
 * @param updated rows that replaced a different row with the same key
 * @param unchanged rows equal to what the store already held
 * @param quarantined rows not imported, each reported in the quarantine
 * @param unknownColumns header names that are not contract columns, kept aside
 * @param rejection why the whole file was rejected, or null
 */
public record FileReport(
    String fileName,
    String kind,
    String encoding,
    String sha256,
    long rowsRead,
    long inserted,
    long updated,
    long unchanged,
    long quarantined,
    List<String> unknownColumns,
    String rejection) {

  /** Copies the list. */
  public FileReport {
    unknownColumns = List.copyOf(unknownColumns);
  }

  /** Whether the whole file was rejected. */
  public boolean rejected() {
    return rejection != null;
  }
}
