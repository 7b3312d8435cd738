/**
 * The loan-product catalogue in the store, its eligibility expressions evaluated safely with CEL,
 * the product manager's edits, and the bank's concentration limits.
 */
package io.loanradar.app.product;
