package io.loanradar.model.scorecard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Supervised binning. Numbers are first cut at twenty quantiles, categories are ordered by bad
 * rate; then adjacent bins are merged — the most alike first, by the chi-square of their 2×2 table
 * — until every bin holds at least {@code minShare} of the rows, the bad rate is monotonic (when
 * asked; categories are monotonic by their order), and there are at most {@code maxBins} bins in
 * all. Missing values and special values get bins of their own, whatever their size.
 *
 * @param minShare smallest share of all rows in a range or category bin (default 0.05)
 * @param maxBins most bins of a characteristic, missing and special bins included (default 8)
 * @param monotonic merge numeric bins until the bad rate only rises or only falls
 * @param specials numeric values binned apart (e.g. -999 for "not applicable")
 */
public record Binning(double minShare, int maxBins, boolean monotonic, Set<Double> specials) {

  static final int FINE_BINS = 20;

  public static final Binning DEFAULT = new Binning(0.05, 8, true, Set.of());

  public Binning {
    if (!(minShare > 0 && minShare < 0.5)) {
      throw new IllegalArgumentException("minimum bin share must be in (0, 0.5), was " + minShare);
    }
    if (maxBins < 2) {
      throw new IllegalArgumentException("at least 2 bins are needed, was " + maxBins);
    }
    specials = specials == null ? Set.of() : Set.copyOf(specials);
  }

  /** A working bin while merging: counts and what it covers. */
  private static final class Group {
    int goods;
    int bads;
    double upper;
    final List<String> categories = new ArrayList<>();

    Group(double upper) {
      this.upper = upper;
    }

    int count() {
      return goods + bads;
    }

    double rate() {
      return count() == 0 ? 0 : (double) bads / count();
    }
  }

  /** Bins a numeric column (NaN = missing); {@code label} is 1 = bad. */
  public List<Bin> numeric(double[] x, int[] label) {
    int totalBads = Arrays.stream(label).sum();
    int totalGoods = label.length - totalBads;
    List<Integer> regular = new ArrayList<>();
    int[] missing = new int[2];
    int[] special = new int[2];
    TreeSet<Double> seenSpecials = new TreeSet<>();
    for (int r = 0; r < x.length; r++) {
      if (Double.isNaN(x[r])) {
        missing[label[r]]++;
      } else if (specials.contains(x[r])) {
        special[label[r]]++;
        seenSpecials.add(x[r]);
      } else {
        regular.add(r);
      }
    }
    List<Bin> bins = new ArrayList<>();
    if (!regular.isEmpty()) {
      regular.sort(Comparator.comparingDouble(r -> x[r]));
      double max = x[regular.get(regular.size() - 1)];
      List<Group> groups = new ArrayList<>();
      for (int q = 1; q < FINE_BINS; q++) {
        double edge = x[regular.get((int) Math.ceil((double) q * regular.size() / FINE_BINS) - 1)];
        if (edge < max && (groups.isEmpty() || edge > groups.get(groups.size() - 1).upper)) {
          groups.add(new Group(edge));
        }
      }
      groups.add(new Group(Double.POSITIVE_INFINITY));
      int g = 0;
      for (int r : regular) {
        while (x[r] > groups.get(g).upper) {
          g++;
        }
        if (label[r] == 1) {
          groups.get(g).bads++;
        } else {
          groups.get(g).goods++;
        }
      }
      merge(groups, x.length, ranges(missing, special), monotonic);
      Double lower = null;
      for (Group group : groups) {
        Double upper = Double.isInfinite(group.upper) ? null : group.upper;
        bins.add(
            Bin.of(
                Bin.Kind.RANGE,
                lower,
                upper,
                List.of(),
                group.goods,
                group.bads,
                totalGoods,
                totalBads));
        lower = upper;
      }
    }
    addExtra(bins, missing, special, seenSpecials, totalGoods, totalBads);
    return bins;
  }

  /** Bins a categorical column ({@code null} = missing); {@code label} is 1 = bad. */
  public List<Bin> categorical(String[] x, int[] label) {
    int totalBads = Arrays.stream(label).sum();
    int totalGoods = label.length - totalBads;
    Map<String, Group> byCategory = new LinkedHashMap<>();
    int[] missing = new int[2];
    for (int r = 0; r < x.length; r++) {
      if (x[r] == null) {
        missing[label[r]]++;
        continue;
      }
      Group group = byCategory.computeIfAbsent(x[r], c -> new Group(0));
      if (group.categories.isEmpty()) {
        group.categories.add(x[r]);
      }
      if (label[r] == 1) {
        group.bads++;
      } else {
        group.goods++;
      }
    }
    List<Group> groups = new ArrayList<>(byCategory.values());
    groups.sort(
        Comparator.comparingDouble((Group c) -> (c.bads + 0.5) / (c.count() + 1.0))
            .thenComparing(c -> c.categories.get(0)));
    merge(groups, x.length, ranges(missing, new int[2]), false);
    List<Bin> bins = new ArrayList<>();
    for (Group group : groups) {
      List<String> categories = new ArrayList<>(group.categories);
      categories.sort(Comparator.naturalOrder());
      bins.add(
          Bin.of(
              Bin.Kind.CATEGORIES,
              null,
              null,
              categories,
              group.goods,
              group.bads,
              totalGoods,
              totalBads));
    }
    addExtra(bins, missing, new int[2], new TreeSet<>(), totalGoods, totalBads);
    return bins;
  }

  private int ranges(int[] missing, int[] special) {
    int extra = (missing[0] + missing[1] > 0 ? 1 : 0) + (special[0] + special[1] > 0 ? 1 : 0);
    return Math.max(1, maxBins - extra);
  }

  private static void addExtra(
      List<Bin> bins,
      int[] missing,
      int[] special,
      TreeSet<Double> seenSpecials,
      int totalGoods,
      int totalBads) {
    if (special[0] + special[1] > 0) {
      List<String> values = new ArrayList<>();
      seenSpecials.forEach(v -> values.add(Bin.number(v)));
      bins.add(
          Bin.of(
              Bin.Kind.SPECIAL, null, null, values, special[0], special[1], totalGoods, totalBads));
    }
    if (missing[0] + missing[1] > 0) {
      bins.add(
          Bin.of(
              Bin.Kind.MISSING,
              null,
              null,
              List.of(),
              missing[0],
              missing[1],
              totalGoods,
              totalBads));
    }
  }

  private void merge(List<Group> groups, int rows, int maxRanges, boolean monotonic) {
    double minCount = minShare * rows;
    while (groups.size() > 1) {
      int smallest = -1;
      for (int i = 0; i < groups.size(); i++) {
        if (groups.get(i).count() < minCount
            && (smallest < 0 || groups.get(i).count() < groups.get(smallest).count())) {
          smallest = i;
        }
      }
      if (smallest < 0) {
        break;
      }
      int left = smallest - 1;
      boolean useLeft =
          smallest == groups.size() - 1
              || (left >= 0
                  && chiSquare(groups.get(left), groups.get(smallest))
                      <= chiSquare(groups.get(smallest), groups.get(smallest + 1)));
      join(groups, useLeft ? left : smallest);
    }
    if (monotonic) {
      while (groups.size() > 1) {
        int direction = trend(groups);
        int best = -1;
        double bestChi = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < groups.size(); i++) {
          double step = groups.get(i + 1).rate() - groups.get(i).rate();
          if (step * direction < 0) {
            double chi = chiSquare(groups.get(i), groups.get(i + 1));
            if (chi < bestChi) {
              bestChi = chi;
              best = i;
            }
          }
        }
        if (best < 0) {
          break;
        }
        join(groups, best);
      }
    }
    while (groups.size() > maxRanges) {
      int best = 0;
      double bestChi = Double.POSITIVE_INFINITY;
      for (int i = 0; i + 1 < groups.size(); i++) {
        double chi = chiSquare(groups.get(i), groups.get(i + 1));
        if (chi < bestChi) {
          bestChi = chi;
          best = i;
        }
      }
      join(groups, best);
    }
  }

  /** +1 when the bad rate tends to rise with the bin index, −1 when it tends to fall. */
  private static int trend(List<Group> groups) {
    double n = 0;
    double sumI = 0;
    double sumR = 0;
    for (int i = 0; i < groups.size(); i++) {
      n += groups.get(i).count();
      sumI += i * groups.get(i).count();
      sumR += groups.get(i).rate() * groups.get(i).count();
    }
    double meanI = sumI / n;
    double meanR = sumR / n;
    double cov = 0;
    for (int i = 0; i < groups.size(); i++) {
      cov += groups.get(i).count() * (i - meanI) * (groups.get(i).rate() - meanR);
    }
    return cov >= 0 ? 1 : -1;
  }

  /** Merges bin {@code i + 1} into bin {@code i}. */
  private static void join(List<Group> groups, int i) {
    Group a = groups.get(i);
    Group b = groups.remove(i + 1);
    a.goods += b.goods;
    a.bads += b.bads;
    a.upper = b.upper;
    a.categories.addAll(b.categories);
  }

  /** Pearson chi-square of the 2×2 table of two bins' goods and bads. */
  static double chiSquare(int goodsA, int badsA, int goodsB, int badsB) {
    double n = goodsA + badsA + goodsB + badsB;
    double[][] observed = {{goodsA, badsA}, {goodsB, badsB}};
    double[] rowSum = {goodsA + badsA, goodsB + badsB};
    double[] colSum = {goodsA + goodsB, badsA + badsB};
    double chi = 0;
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        double expected = rowSum[i] * colSum[j] / n;
        if (expected > 0) {
          chi += Math.pow(observed[i][j] - expected, 2) / expected;
        }
      }
    }
    return chi;
  }

  private static double chiSquare(Group a, Group b) {
    return chiSquare(a.goods, a.bads, b.goods, b.bads);
  }
}
