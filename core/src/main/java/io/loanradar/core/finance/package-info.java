/** Money and the enterprise's finances: financial statements and tax records. */
package io.loanradar.core.finance;
