/**
 * 贷后预警 — raises early-warning alerts from the core warning engine as of a date, keeps them (one
 * open alert per debtor, escalated in place), runs their lifecycle with SLA and escalation, keeps
 * the watchlist, and replays history to measure how early alerts come.
 */
package io.loanradar.app.warning;
