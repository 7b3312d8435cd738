/**
 * The corporate customer: its identity (enterprise id, USCC), classification codes (GB/T 4754
 * industry, GB/T 2260 region), and its links to other enterprises.
 */
package io.loanradar.core.customer;
