/**
 * 建模基准 — measures the model lab on real data: training time, prediction throughput and stratified
 * cross-validated AUC/KS of the scorecard and gbm learners.
 */
package io.loanradar.bench.model;
