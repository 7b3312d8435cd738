/** Demand mining: the scenarios in which an enterprise needs a loan. */
package io.loanradar.core.demand;
