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

  /**
   * Called once a batch has committed when what is derived from its rows (the indexes of its
   * transactions, the daily aggregates) is still to be built before the import returns: after a
   * first load into PostgreSQL, minutes for tens of millions of rows.
   *
   * @param batchId the committed batch
   */
  default void deriving(long batchId) {}
}
