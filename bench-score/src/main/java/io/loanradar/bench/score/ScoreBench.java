package io.loanradar.bench.score;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Times the shared part of a full re-score on both sides, several runs each, and checks that both
 * sides computed the same features.
 *
 * <p>Arguments: {@code --transactions FILE --jdbc URL [--user postgres] [--as-of 2026-09-30]
 * [--runs 3] [--threads 2]}. Prints one line per run, then a Markdown table of medians.
 */
public final class ScoreBench {

  private static final double TOLERANCE = 1e-6;

  private ScoreBench() {}

  /**
   * Runs the benchmark.
   *
   * @param args see the class comment
   * @throws Exception when a side fails
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = options(args);
    Path transactions = Path.of(required(a, "--transactions"));
    String jdbc = required(a, "--jdbc");
    LocalDate asOf = LocalDate.parse(a.getOrDefault("--as-of", "2026-09-30"));
    int runs = Integer.parseInt(a.getOrDefault("--runs", "3"));
    int threads = Integer.parseInt(a.getOrDefault("--threads", "2"));
    DuckDbFlowFeatures duck = new DuckDbFlowFeatures(transactions, threads);
    StoreFlowFeatures store = new StoreFlowFeatures(jdbc, a.getOrDefault("--user", "postgres"));

    DuckDbFlowFeatures.warmUp();
    double[] duckSeconds = new double[runs];
    double[] storeSeconds = new double[runs];
    long storePeakHeap = 0;
    Map<String, Map<String, Double>> duckResult = Map.of();
    Map<String, Map<String, Double>> storeResult = Map.of();
    for (int run = 0; run < runs; run++) {
      long t0 = System.nanoTime();
      duckResult = duck.compute(asOf);
      duckSeconds[run] = (System.nanoTime() - t0) / 1e9;

      duckResult = Map.copyOf(duckResult);
      System.gc();
      resetPeaks();
      long t1 = System.nanoTime();
      storeResult = store.compute(asOf);
      storeSeconds[run] = (System.nanoTime() - t1) / 1e9;
      storePeakHeap = Math.max(storePeakHeap, peakHeap());
      System.out.printf(
          Locale.ROOT,
          "run %d: duckdb %.2f s (%,d enterprises), loanradar flow features %.2f s (%,d)%n",
          run + 1,
          duckSeconds[run],
          duckResult.size(),
          storeSeconds[run],
          storeResult.size());
    }
    List<String> differences = compare(duckResult, storeResult);
    double duckMedian = median(duckSeconds);
    double storeMedian = median(storeSeconds);
    System.out.println();
    System.out.println(
        "| shared part (flow aggregates + flow features) | median of " + runs + " |");
    System.out.println("|---|---|");
    System.out.printf(Locale.ROOT, "| DuckDB, from transactions.csv | %.2f s |%n", duckMedian);
    System.out.printf(
        Locale.ROOT,
        "| LoanRadar, flow_daily + balance_daily from PostgreSQL + FeatureEngine | %.2f s |%n",
        storeMedian);
    System.out.printf(
        Locale.ROOT, "| ratio LoanRadar / DuckDB | %.2f× |%n", storeMedian / duckMedian);
    System.out.printf(
        Locale.ROOT,
        "| peak heap, LoanRadar shared part | %,d MB |%n",
        storePeakHeap / (1024 * 1024));
    System.out.printf(
        Locale.ROOT,
        "| agreement | %,d enterprises × %d features, %,d differ |%n",
        storeResult.size(),
        DuckDbFlowFeatures.SHARED.size(),
        differences.size());
    differences.stream().limit(10).forEach(d -> System.out.println("differs: " + d));
    System.out.println("duckdb runs: " + Arrays.toString(duckSeconds));
    System.out.println("loanradar runs: " + Arrays.toString(storeSeconds));
  }

  private static List<String> compare(
      Map<String, Map<String, Double>> duck, Map<String, Map<String, Double>> store) {
    List<String> out = new ArrayList<>();
    Set<String> ids = new TreeSet<>(duck.keySet());
    ids.addAll(store.keySet());
    for (String id : ids) {
      Map<String, Double> d = duck.getOrDefault(id, Map.of());
      Map<String, Double> s = store.getOrDefault(id, Map.of());
      for (String name : DuckDbFlowFeatures.SHARED) {
        Double x = d.get(name);
        Double y = s.get(name);
        boolean same =
            x == null
                ? y == null
                : y != null && Math.abs(x - y) <= TOLERANCE * Math.max(1, Math.abs(y));
        if (!same) {
          out.add(id + " " + name + ": duckdb " + x + ", loanradar " + y);
        }
      }
    }
    return out;
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      out.put(args[i], args[i + 1]);
    }
    return out;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing " + name);
    }
    return value;
  }
}
