/**
 * The full re-score benchmark: LoanRadar's flow features read from the store, against DuckDB
 * computing the same aggregates and features from the raw transactions file. Run by {@code
 * run-score-bench.sh}, never by the build.
 */
package io.loanradar.bench.score;
