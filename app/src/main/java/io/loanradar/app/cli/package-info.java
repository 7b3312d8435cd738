/** The {@code loanradar} command line: serve, generate, import and the batch commands. */
package io.loanradar.app.cli;
