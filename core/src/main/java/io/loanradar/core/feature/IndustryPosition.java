package io.loanradar.core.feature;

import io.loanradar.core.customer.EnterpriseId;
import io.loanradar.core.customer.IndustryCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * 行业地位 — each enterprise's revenue percentile among its industry peers: those of the same GB/T 4754
 * division, or of the same section when the division has too few peers.
 */
public final class IndustryPosition {

  /** Fewest peers with revenue (the enterprise included) for a division to be used. */
  public static final int DEFAULT_MIN_PEERS = 30;

  /** The level of the industry code the peers were taken from. */
  public enum Level {
    /** 大类 — two-digit division such as {@code C36}. */
    DIVISION,
    /** 门类 — section letter such as {@code C}. */
    SECTION
  }

  /**
   * One enterprise offered for comparison.
   *
   * @param id the enterprise
   * @param industry its industry, empty when unknown
   * @param revenue its {@code revenue_12m}, empty when unknown
   */
  public record Peer(EnterpriseId id, Optional<IndustryCode> industry, OptionalDouble revenue) {

    /** The peer from an enterprise's computed features. */
    public static Peer of(EnterpriseId id, Optional<IndustryCode> industry, Features features) {
      return new Peer(id, industry, features.get(FeatureNames.REVENUE_12M));
    }
  }

  /**
   * Where one enterprise stands.
   *
   * @param percentile 0 (smallest revenue) … 1 (largest); ties share the mid rank
   * @param level division or section
   * @param group the division or section code compared within, e.g. {@code C36}
   * @param peers how many enterprises with revenue the group holds, the enterprise included
   */
  public record Percentile(double percentile, Level level, String group, int peers) {}

  private IndustryPosition() {}

  /** Percentiles with the default of 30 peers for a division. */
  public static Map<EnterpriseId, Percentile> percentiles(Collection<Peer> peers) {
    return percentiles(peers, DEFAULT_MIN_PEERS);
  }

  /**
   * The revenue percentile of every enterprise that has revenue and an industry, among the others
   * of its division when at least {@code minPeers} have revenue there, else of its section. An
   * enterprise alone in its group, or without revenue or industry, gets no entry.
   *
   * @throws IllegalArgumentException when {@code minPeers} is below 2
   */
  public static Map<EnterpriseId, Percentile> percentiles(Collection<Peer> peers, int minPeers) {
    if (minPeers < 2) {
      throw new IllegalArgumentException("minPeers must be at least 2: " + minPeers);
    }
    List<Peer> ranked =
        peers.stream().filter(p -> p.industry().isPresent() && p.revenue().isPresent()).toList();
    Map<String, double[]> byDivision = group(ranked, p -> p.industry().get().division());
    Map<String, double[]> bySection =
        group(ranked, p -> Optional.of(String.valueOf(p.industry().get().section())));
    Map<EnterpriseId, Percentile> result = new TreeMap<>();
    for (Peer peer : ranked) {
      IndustryCode code = peer.industry().get();
      Optional<String> division = code.division();
      boolean useDivision =
          division.isPresent() && byDivision.get(division.get()).length >= minPeers;
      String group = useDivision ? division.get() : String.valueOf(code.section());
      double[] revenues = useDivision ? byDivision.get(group) : bySection.get(group);
      if (revenues.length > 1) {
        double p = midRank(revenues, peer.revenue().getAsDouble());
        Level level = useDivision ? Level.DIVISION : Level.SECTION;
        result.put(peer.id(), new Percentile(p, level, group, revenues.length));
      }
    }
    return result;
  }

  private static Map<String, double[]> group(
      List<Peer> peers, Function<Peer, Optional<String>> key) {
    Map<String, List<Double>> groups = new TreeMap<>();
    for (Peer p : peers) {
      key.apply(p)
          .ifPresent(
              k ->
                  groups.computeIfAbsent(k, x -> new ArrayList<>()).add(p.revenue().getAsDouble()));
    }
    Map<String, double[]> sorted = new TreeMap<>();
    groups.forEach(
        (k, v) -> {
          double[] values = v.stream().mapToDouble(Double::doubleValue).toArray();
          Arrays.sort(values);
          sorted.put(k, values);
        });
    return sorted;
  }

  /** (peers below + half the other peers equal) / (peers − 1), over sorted revenues. */
  private static double midRank(double[] sorted, double revenue) {
    int below = firstIndex(sorted, revenue, false);
    int upTo = firstIndex(sorted, revenue, true);
    return (below + (upTo - below - 1) / 2.0) / (sorted.length - 1);
  }

  /** The first index whose value is at or above (or, when {@code after}, above) the key. */
  private static int firstIndex(double[] sorted, double key, boolean after) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key || (after && sorted[mid] == key)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
