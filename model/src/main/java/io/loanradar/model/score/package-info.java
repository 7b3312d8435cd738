/**
 * 模型输出 — what every trained model gives back: a probability of bad, a points score scaled to double
 * the odds every PDO points, and reason codes a person can check.
 */
package io.loanradar.model.score;
