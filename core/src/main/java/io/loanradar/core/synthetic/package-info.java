/**
 * The synthetic bank: a deterministic generator of realistic data in the data contract, with the
 * planted ground truth ({@code truth.csv}) that tests and back-tests measure against.
 */
package io.loanradar.core.synthetic;
