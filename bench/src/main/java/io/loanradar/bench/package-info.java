/**
 * Side-by-side benchmarks of LoanRadar against reference tools, run by hand and reported as
 * Markdown; performance is measured here, never asserted in tests.
 */
package io.loanradar.bench;
