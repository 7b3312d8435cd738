/** Enterprises as the pages and REST see them: lists, search and the customer page. */
package io.loanradar.app.customer;
