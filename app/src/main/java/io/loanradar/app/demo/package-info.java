/** Demo mode: the synthetic bank generated and imported on first start. */
package io.loanradar.app.demo;
