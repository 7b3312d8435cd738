/**
 * 自助建模实验室 — the model lab: train a scorecard or a gradient-boosted model on any CSV table into a
 * self-contained model directory, predict with it elsewhere, and evaluate scores (AUC, KS, Gini,
 * lift, calibration) and their stability (PSI).
 */
package io.loanradar.model;
