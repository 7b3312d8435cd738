/**
 * Who may do what (安全): sign-in, users and roles, the data scope every customer query is narrowed
 * to, lockout, secure headers, and masking of personal data.
 */
package io.loanradar.app.security;
