/**
 * 梯度提升挑战者模型 — the gradient-boosted challenger (XGBoost): categorical columns one-hot encoded, early
 * stopping on a held-out part of the training rows, class imbalance weighted, and reason codes from
 * SHAP contributions.
 */
package io.loanradar.model.gbm;
