package io.loanradar.core.scorecard;

import io.loanradar.core.feature.FeatureNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A versioned scorecard configuration: factor weights, bins, grade cut-offs, tier thresholds and
 * the neutral value of a factor without data. Read with {@link #parse(String)}; the default is
 * {@code default-scorecard.yaml} beside this class.
 *
 * @param version identifies the configuration in every score it produces
 * @param neutral 0–100, the value of a factor that has no data
 * @param weights percent per factor, every factor present, summing to 100
 * @param grades the grade cut-offs
 * @param tiers the tier thresholds
 * @param bins the bins of each factor but industry position (which is percentile × 100)
 */
public record ScorecardConfig(
    String version,
    double neutral,
    Map<Factor, Double> weights,
    Grades grades,
    Tiers tiers,
    Map<Factor, List<Bins>> bins) {

  private static final double TOLERANCE = 1e-9;
  private static final String DEFAULT_RESOURCE = "default-scorecard.yaml";

  /**
   * Lowest totals for grades A and B; lower totals are C.
   *
   * @param a lowest total graded A
   * @param b lowest total graded B, not above {@code a}
   */
  public record Grades(double a, double b) {

    /**
     * @throws IllegalArgumentException when the cut-offs are outside 0–100 or B is above A
     */
    public Grades {
      if (!(b >= 0 && b <= a && a <= 100)) {
        throw new IllegalArgumentException(
            "grade cut-offs must satisfy 0 <= B <= A <= 100, not A " + a + ", B " + b);
      }
    }

    /** The grade of a total. */
    public Grade of(double total) {
      return total >= a ? Grade.A : total >= b ? Grade.B : Grade.C;
    }
  }

  /**
   * Tier thresholds. STRATEGIC: total assets above {@code strategicMinTotalAssets} and industry
   * percentile at least {@code strategicMinIndustryPercentile}. KEY_GROWTH: total assets within
   * {@code [keyGrowthMinTotalAssets, keyGrowthMaxTotalAssets]} and revenue growth at least {@code
   * keyGrowthMinRevenueYoy}. GENERAL otherwise, and whenever a needed feature is missing.
   *
   * @param strategicMinTotalAssets yuan, exclusive
   * @param strategicMinIndustryPercentile 0–1
   * @param keyGrowthMinTotalAssets yuan, inclusive
   * @param keyGrowthMaxTotalAssets yuan, inclusive
   * @param keyGrowthMinRevenueYoy ratio, e.g. 0.2
   */
  public record Tiers(
      double strategicMinTotalAssets,
      double strategicMinIndustryPercentile,
      double keyGrowthMinTotalAssets,
      double keyGrowthMaxTotalAssets,
      double keyGrowthMinRevenueYoy) {

    /**
     * @throws IllegalArgumentException when the percentile is outside 0–1 or the key-growth asset
     *     range is empty
     */
    public Tiers {
      if (strategicMinIndustryPercentile < 0 || strategicMinIndustryPercentile > 1) {
        throw new IllegalArgumentException(
            "strategic industry percentile must lie within 0-1: " + strategicMinIndustryPercentile);
      }
      if (keyGrowthMinTotalAssets > keyGrowthMaxTotalAssets) {
        throw new IllegalArgumentException(
            "key-growth asset range is empty: "
                + keyGrowthMinTotalAssets
                + " > "
                + keyGrowthMaxTotalAssets);
      }
    }
  }

  /**
   * Checks the whole configuration and copies its maps.
   *
   * @throws IllegalArgumentException naming the problem: a blank version, a neutral value outside
   *     0–100, a missing factor weight, weights not summing to 100, bins for industry position, a
   *     factor without bins, or bins of an unknown feature
   */
  public ScorecardConfig {
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("the scorecard configuration needs a version");
    }
    if (neutral < 0 || neutral > 100) {
      throw new IllegalArgumentException("neutral value must lie within 0-100: " + neutral);
    }
    weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    checkWeights(weights);
    EnumMap<Factor, List<Bins>> copy = new EnumMap<>(Factor.class);
    bins.forEach((factor, tables) -> copy.put(factor, List.copyOf(tables)));
    bins = Collections.unmodifiableMap(copy);
    checkBins(bins);
  }

  private static void checkWeights(Map<Factor, Double> weights) {
    List<String> missing =
        Arrays.stream(Factor.values())
            .filter(f -> !weights.containsKey(f))
            .map(Factor::key)
            .toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("weights lack factor(s): " + String.join(", ", missing));
    }
    weights.forEach(
        (factor, w) -> {
          if (w < 0) {
            throw new IllegalArgumentException("weight of " + factor.key() + " is negative: " + w);
          }
        });
    double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    if (Math.abs(sum - 100) > TOLERANCE) {
      throw new IllegalArgumentException(
          "weights must sum to 100 (percent) but sum to "
              + sum
              + ": "
              + weights.entrySet().stream()
                  .map(e -> e.getKey().key() + " " + e.getValue())
                  .collect(Collectors.joining(", ")));
    }
  }

  private static void checkBins(Map<Factor, List<Bins>> bins) {
    if (bins.containsKey(Factor.INDUSTRY_POSITION)) {
      throw new IllegalArgumentException(
          "industry_position takes no bins: it is the industry percentile × 100");
    }
    for (Factor factor : Factor.values()) {
      if (factor != Factor.INDUSTRY_POSITION && bins.getOrDefault(factor, List.of()).isEmpty()) {
        throw new IllegalArgumentException("factor " + factor.key() + " has no bins");
      }
    }
    bins.values().stream()
        .flatMap(List::stream)
        .map(Bins::feature)
        .filter(name -> FeatureNames.definition(name).isEmpty())
        .findFirst()
        .ifPresent(
            name -> {
              throw new IllegalArgumentException("bins name an unknown feature: '" + name + "'");
            });
  }

  /**
   * Reads a configuration from its YAML text (the subset described in {@code docs/scorecard.md}).
   *
   * @throws IllegalArgumentException naming the line, key or value that is wrong
   */
  public static ScorecardConfig parse(String yamlText) {
    return ConfigReader.read(YamlSubset.parse(yamlText));
  }

  /** The default configuration shipped with core. */
  public static ScorecardConfig defaults() {
    return parse(defaultYaml());
  }

  /** The text of the default configuration, e.g. as a template for a new version. */
  public static String defaultYaml() {
    try (InputStream in = ScorecardConfig.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
