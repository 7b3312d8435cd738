/**
 * The opportunity pipeline (商机看板): open opportunities by stage for the customers a user may see,
 * filtered by scenario, product, branch and RM, moved through their lifecycle from the page.
 */
package io.loanradar.app.pipeline;
