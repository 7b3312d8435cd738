/**
 * The relationship manager's workbench (客户经理工作台): today's opportunities and alerts for the
 * customers in the user's scope, the best-scored customers, and what falls due soon.
 */
package io.loanradar.app.workbench;
