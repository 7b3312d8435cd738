package io.loanradar.app.ingest;

/**
 * Published after an import batch committed, so that what depends on the data (scores, later
 * opportunities and alerts) can be brought up to date.
 *
 * @param report the batch's report
 */
public record BatchCommitted(ImportReport report) {}
