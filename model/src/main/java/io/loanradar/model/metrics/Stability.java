package io.loanradar.model.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Population stability index: PSI = Σ (actual% − expected%) × ln(actual% / expected%) over bins cut
 * at the expected sample's deciles. Below 0.1 stable, 0.1–0.25 investigate, above 0.25 redevelop.
 * Computed per feature it is called CSI. An empty bin counts as 0.0001 of its sample so that the
 * logarithm stays finite.
 *
 * @param psi the index
 * @param flag what the index says
 * @param bins the bins, lowest values first
 */
public record Stability(double psi, Flag flag, List<Bin> bins) {

  /** Floor for an empty bin's share. */
  public static final double EMPTY_SHARE = 1e-4;

  /** The usual reading of a PSI value. */
  public enum Flag {
    STABLE("稳定", "stable"),
    INVESTIGATE("需调查", "investigate"),
    REDEVELOP("需重建", "redevelop");

    private final String zh;
    private final String en;

    Flag(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }

    public static Flag of(double psi) {
      if (psi < 0.1) {
        return STABLE;
      }
      return psi <= 0.25 ? INVESTIGATE : REDEVELOP;
    }

    public String label() {
      return zh + " / " + en;
    }
  }

  /**
   * One bin.
   *
   * @param label what the bin holds: {@code <= 12.5}, {@code > 40}, a category, {@code unseen} or
   *     {@code missing}
   * @param expectedShare share of the expected sample
   * @param actualShare share of the actual sample
   * @param contribution this bin's term of the sum
   */
  public record Bin(String label, double expectedShare, double actualShare, double contribution) {}

  public Stability {
    bins = List.copyOf(bins);
  }

  /** PSI with bins at the expected sample's deciles (fewer when values repeat). */
  public static Stability of(double[] expected, double[] actual) {
    return of(expected, actual, 10);
  }

  /**
   * PSI with up to {@code count} bins cut at quantiles of the expected sample. Missing values (NaN)
   * form a bin of their own when either sample has any.
   */
  public static Stability of(double[] expected, double[] actual, int count) {
    double[] edges = quantileEdges(expected, count);
    double[] e = shares(expected, edges);
    double[] a = shares(actual, edges);
    List<Bin> bins = new ArrayList<>();
    double psi = 0;
    for (int b = 0; b < e.length; b++) {
      if (b == e.length - 1 && e[b] == 0 && a[b] == 0) {
        continue;
      }
      double es = Math.max(e[b], EMPTY_SHARE);
      double as = Math.max(a[b], EMPTY_SHARE);
      double term = (as - es) * Math.log(as / es);
      psi += term;
      String label =
          b < edges.length
              ? "<= " + edges[b]
              : b == edges.length
                  ? edges.length == 0 ? "all" : "> " + edges[edges.length - 1]
                  : "missing";
      bins.add(new Bin(label, e[b], a[b], term));
    }
    return new Stability(psi, Flag.of(psi), bins);
  }

  /**
   * PSI over categories: one bin per category of the expected sample, one for categories only the
   * actual sample has, one for missing values ({@code null}).
   */
  public static Stability ofCategories(String[] expected, String[] actual) {
    java.util.TreeSet<String> categories = new java.util.TreeSet<>();
    for (String v : expected) {
      if (v != null) {
        categories.add(v);
      }
    }
    List<String> order = new ArrayList<>(categories);
    double[] e = categoryShares(expected, order);
    double[] a = categoryShares(actual, order);
    List<Bin> bins = new ArrayList<>();
    double psi = 0;
    for (int b = 0; b < e.length; b++) {
      if (b >= order.size() && e[b] == 0 && a[b] == 0) {
        continue;
      }
      double es = Math.max(e[b], EMPTY_SHARE);
      double as = Math.max(a[b], EMPTY_SHARE);
      double term = (as - es) * Math.log(as / es);
      psi += term;
      String label = b < order.size() ? order.get(b) : b == order.size() ? "unseen" : "missing";
      bins.add(new Bin(label, e[b], a[b], term));
    }
    return new Stability(psi, Flag.of(psi), bins);
  }

  /** Shares per category in the given order, then unseen, then missing. */
  private static double[] categoryShares(String[] sample, List<String> order) {
    double[] counts = new double[order.size() + 2];
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      index.put(order.get(i), i);
    }
    for (String v : sample) {
      counts[v == null ? order.size() + 1 : index.getOrDefault(v, order.size())]++;
    }
    for (int b = 0; b < counts.length; b++) {
      counts[b] /= sample.length;
    }
    return counts;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "PSI %.4f (%s)", psi, flag.label());
  }

  private static double[] quantileEdges(double[] sample, int count) {
    double[] sorted = Arrays.stream(sample).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (sorted.length == 0) {
      throw new IllegalArgumentException("the expected sample has no values");
    }
    List<Double> edges = new ArrayList<>();
    for (int q = 1; q < count; q++) {
      double edge = sorted[(int) Math.ceil((double) q * sorted.length / count) - 1];
      if (edge < sorted[sorted.length - 1]
          && (edges.isEmpty() || edge > edges.get(edges.size() - 1))) {
        edges.add(edge);
      }
    }
    return edges.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Shares per bin: bins (−∞, e0], (e0, e1], …, (e_last, +∞), then missing. */
  private static double[] shares(double[] sample, double[] edges) {
    double[] counts = new double[edges.length + 2];
    for (double v : sample) {
      if (Double.isNaN(v)) {
        counts[edges.length + 1]++;
        continue;
      }
      int b = Arrays.binarySearch(edges, v);
      counts[b >= 0 ? b : -b - 1]++;
    }
    for (int b = 0; b < counts.length; b++) {
      counts[b] /= sample.length;
    }
    return counts;
  }
}
