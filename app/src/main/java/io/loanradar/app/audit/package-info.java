/**
 * The audit log (审计日志): who saw or changed what, when and from where, and the page auditors read it
 * on.
 */
package io.loanradar.app.audit;
