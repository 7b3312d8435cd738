/** Credit: this bank's loans, credit-bureau lines (征信) and the five-category classification. */
package io.loanradar.core.credit;
