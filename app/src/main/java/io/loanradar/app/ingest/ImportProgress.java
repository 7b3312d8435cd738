package io.loanradar.app.ingest;

/** Told how far a batch has read, so that a person waiting on a large file sees it move. */
@FunctionalInterface
public interface ImportProgress {

  /** Reports nothing. */
  ImportProgress NONE = (file, rows) -> {};

  /** How often, in rows, {@link #rowsRead} is called for one file. */
  int EVERY = 50_000;

  /**
   * Called every {@link #EVERY} rows of a file and once at its end.
   *
   * @param file the file's name
   * @param rows data rows read so far in that file
   */
  void rowsRead(String file, long rows);
}
