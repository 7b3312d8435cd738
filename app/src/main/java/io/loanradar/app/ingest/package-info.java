/**
 * Import of contract files into the store: reading CSV in UTF-8 or GB18030, the row rules,
 * quarantine, lineage and an atomic, idempotent merge per batch.
 */
package io.loanradar.app.ingest;
