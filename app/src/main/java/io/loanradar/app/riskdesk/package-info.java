/**
 * The alert queue (预警处置台): open early-warning alerts of the customers a user may see, by severity
 * with the SLA clock, handled through their lifecycle from the page, and the watchlist.
 */
package io.loanradar.app.riskdesk;
