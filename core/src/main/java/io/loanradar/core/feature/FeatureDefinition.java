package io.loanradar.core.feature;

/**
 * What a feature means, for documentation and for checking configurations.
 *
 * @param name the feature name, e.g. {@code debt_ratio}
 * @param unit e.g. {@code yuan}, {@code ratio}, {@code days}, {@code count}
 * @param window the period it looks at, e.g. {@code latest statement}, {@code 12 months}
 * @param missingWhen when the feature is missing rather than computed
 */
public record FeatureDefinition(String name, String unit, String window, String missingWhen) {}
