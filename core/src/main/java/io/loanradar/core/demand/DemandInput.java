package io.loanradar.core.demand;

import io.loanradar.core.feature.EnterpriseSnapshot;
import io.loanradar.core.feature.Features;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What the detectors read for one enterprise: its snapshot, the features computed from it on the
 * same as-of date, and its supply links to core enterprises. Rows dated after the as-of date are
 * ignored by every detector. The daily flows and the features may be supplied lazily: most
 * enterprises show no sign of a need before their flows are summed, and most detections never read
 * the features, so a scan reads flows and computes features only for the few enterprises that need
 * them. An input belongs to one thread.
 */
public final class DemandInput {

  private final EnterpriseSnapshot snapshot;
  private final UnaryOperator<EnterpriseSnapshot> flowSource;
  private final Function<EnterpriseSnapshot, Features> source;
  private final List<ChainLink> chainLinks;
  private EnterpriseSnapshot withFlows;
  private Features features;

  /**
   * @param snapshot what was known about the enterprise (rows may run past the as-of date)
   * @param features features computed from the snapshot on its as-of date
   * @param chainLinks links to core enterprises, empty when none
   * @throws IllegalArgumentException when the snapshot or the features are missing
   */
  public DemandInput(EnterpriseSnapshot snapshot, Features features, List<ChainLink> chainLinks) {
    this(snapshot, UnaryOperator.identity(), s -> features, chainLinks);
    if (features == null) {
      throw new IllegalArgumentException("demand input needs features");
    }
  }

  private DemandInput(
      EnterpriseSnapshot snapshot,
      UnaryOperator<EnterpriseSnapshot> flowSource,
      Function<EnterpriseSnapshot, Features> source,
      List<ChainLink> chainLinks) {
    if (snapshot == null) {
      throw new IllegalArgumentException("demand input needs a snapshot");
    }
    this.snapshot = snapshot;
    this.flowSource = flowSource;
    this.source = source;
    this.chainLinks = List.copyOf(chainLinks);
  }

  /**
   * An input whose flows and features are supplied lazily. {@code flows} gives the snapshot with
   * its daily flows (the identity when it carries them) and is called at most once, the first time
   * a detector sums flows or the features are needed; {@code source} computes the features from
   * that snapshot the first time a detector or the sizing reads them.
   */
  public static DemandInput lazy(
      EnterpriseSnapshot snapshot,
      UnaryOperator<EnterpriseSnapshot> flows,
      Function<EnterpriseSnapshot, Features> source,
      List<ChainLink> chainLinks) {
    return new DemandInput(snapshot, flows, source, chainLinks);
  }

  /** The snapshot as given, which may lack the daily flows. */
  public EnterpriseSnapshot snapshot() {
    return snapshot;
  }

  /** The snapshot with its daily flows, read on first use when supplied lazily. */
  public EnterpriseSnapshot withFlows() {
    if (withFlows == null) {
      withFlows = flowSource.apply(snapshot);
    }
    return withFlows;
  }

  /** The features of {@link #withFlows()}, computed on first use when supplied lazily. */
  public Features features() {
    if (features == null) {
      features = source.apply(withFlows());
    }
    return features;
  }

  /** The links to core enterprises. */
  public List<ChainLink> chainLinks() {
    return chainLinks;
  }
}
