/**
 * 评分卡 — the scorecard learner: supervised binning with separate missing and special bins, WOE and
 * IV, IV and correlation filters, an L2-regularised logistic regression on the WOE values, and a
 * points table scaled to double the odds every PDO points.
 */
package io.loanradar.model.scorecard;
