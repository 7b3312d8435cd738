/**
 * Scoring from the store: point-in-time snapshots of every enterprise, features, the key-customer
 * scorecard, score history and grade migrations.
 */
package io.loanradar.app.score;
