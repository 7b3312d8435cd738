/**
 * The management dashboard (管理驾驶舱): customers by branch, tier and grade, industry and region mix,
 * score distribution and grade migrations, each figure drilling down to the enterprise list behind
 * it.
 */
package io.loanradar.app.dashboard;
