/** Account flows (流水): single transactions and their direction and purpose. */
package io.loanradar.core.flow;
