/** The store: where each contract kind is kept, on H2 or PostgreSQL, with one set of migrations. */
package io.loanradar.app.store;
