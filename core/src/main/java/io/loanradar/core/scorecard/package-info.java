/**
 * 重点客户评分卡 — the key-customer scorecard (C3): six factors from an enterprise's features, weighted
 * into a 0–100 score, graded A/B/C, tiered, and explained in Chinese and English; its versioned
 * configuration; and the validation measures (AUC, KS, bad rate by grade).
 */
package io.loanradar.core.scorecard;
