package io.loanradar.core.demand;

import io.loanradar.core.feature.EnterpriseSnapshot;
import io.loanradar.core.feature.Features;
import java.util.List;
import java.util.function.Function;

/**
 * What the detectors read for one enterprise: its snapshot, the features computed from it on the
 * same as-of date, and its supply links to core enterprises. Rows dated after the as-of date are
 * ignored by every detector. Features may be supplied lazily: most detections never read them, so a
 * back-test computes them only for the few enterprises that need them.
 */
public final class DemandInput {

  private final EnterpriseSnapshot snapshot;
  private final Function<EnterpriseSnapshot, Features> source;
  private final List<ChainLink> chainLinks;
  private Features features;

  /**
   * @param snapshot what was known about the enterprise (rows may run past the as-of date)
   * @param features features computed from the snapshot on its as-of date
   * @param chainLinks links to core enterprises, empty when none
   * @throws IllegalArgumentException when the snapshot or the features are missing
   */
  public DemandInput(EnterpriseSnapshot snapshot, Features features, List<ChainLink> chainLinks) {
    this(snapshot, s -> features, chainLinks);
    if (features == null) {
      throw new IllegalArgumentException("demand input needs features");
    }
  }

  private DemandInput(
      EnterpriseSnapshot snapshot,
      Function<EnterpriseSnapshot, Features> source,
      List<ChainLink> chainLinks) {
    if (snapshot == null) {
      throw new IllegalArgumentException("demand input needs a snapshot");
    }
    this.snapshot = snapshot;
    this.source = source;
    this.chainLinks = List.copyOf(chainLinks);
  }

  /**
   * An input whose features are computed by {@code source} the first time a detector reads them.
   */
  public static DemandInput lazy(
      EnterpriseSnapshot snapshot,
      Function<EnterpriseSnapshot, Features> source,
      List<ChainLink> chainLinks) {
    return new DemandInput(snapshot, source, chainLinks);
  }

  /** The snapshot. */
  public EnterpriseSnapshot snapshot() {
    return snapshot;
  }

  /** The features, computed on first use when supplied lazily. */
  public Features features() {
    if (features == null) {
      features = source.apply(snapshot);
    }
    return features;
  }

  /** The links to core enterprises. */
  public List<ChainLink> chainLinks() {
    return chainLinks;
  }
}
