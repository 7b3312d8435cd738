/**
 * Demand mining from the store: scenario triggers with evidence and funding estimates for every
 * enterprise as of a date, ranked products, opportunities (商机) kept with their owner, priority and
 * lifecycle, and the back-test of the triggers against what happened.
 */
package io.loanradar.app.demand;
