/**
 * Platform models: {@code pd_12m} and {@code propensity_90d} trained from the store over past as-of
 * dates with point-in-time features and labels, the model registry (versions, champion and
 * challengers, maker-checker promotion) and the stability of the champion over time.
 */
package io.loanradar.app.models;
