/** LoanRadar's Spring Boot application: store, import, pages, REST and the command line. */
package io.loanradar.app;
