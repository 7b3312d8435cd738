/**
 * 模型度量 — how well a score ranks and how stable it is: AUC, KS and Gini, lift and calibration by
 * decile, and the population stability index (PSI, per feature called CSI).
 */
package io.loanradar.model.metrics;
