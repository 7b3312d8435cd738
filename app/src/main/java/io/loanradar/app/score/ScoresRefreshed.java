package io.loanradar.app.score;

/**
 * Published after a background run (after an import, or nightly) kept fresh scores, so that what
 * builds on them (opportunities, alerts) is brought up to date from the same as-of date.
 *
 * @param run the run whose scores were kept
 */
public record ScoresRefreshed(Scoring.Run run) {}
