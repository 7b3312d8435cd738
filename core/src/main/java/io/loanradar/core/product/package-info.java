/** The bank's loan products and what they require of a borrower. */
package io.loanradar.core.product;
