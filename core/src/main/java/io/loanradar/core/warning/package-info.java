/**
 * 贷后预警 — post-loan early warning: a library of point-in-time warning signals, the 1–5 risk grade,
 * the suggested five-category class per debtor, contagion along relations, and the alert lifecycle.
 * Plain Java; the store and the schedule live in the application.
 */
package io.loanradar.core.warning;
