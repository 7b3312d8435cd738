/**
 * The data contract in code: the kinds of input file, their columns and the row rules that turn a
 * row of text cells into a typed row or the list of every rule it breaks.
 */
package io.loanradar.core.contract;
