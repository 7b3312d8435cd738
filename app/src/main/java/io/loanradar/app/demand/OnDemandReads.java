package io.loanradar.app.demand;

import io.loanradar.app.score.SnapshotReader;
import io.loanradar.core.demand.ChainLink;
import io.loanradar.core.demand.DemandInput;
import io.loanradar.core.feature.EnterpriseSnapshot;
import io.loanradar.core.feature.FeatureEngine;
import io.loanradar.core.feature.Features;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.UnaryOperator;

/**
 * Demand inputs for snapshots read with {@link SnapshotReader.Reach#ON_DEMAND}: an enterprise's
 * daily flows are read for it alone, as of the snapshot's date, when a detector first sums them;
 * its counterparty totals likewise when a detector or a found need asks for its features. Counts
 * both, for the scan's and the back-test's logs. Used from several threads at once.
 */
final class OnDemandReads {

  private final SnapshotReader reader;
  private final FeatureEngine engine = new FeatureEngine();
  private final LongAdder flows = new LongAdder();
  private final LongAdder features = new LongAdder();

  OnDemandReads(SnapshotReader reader) {
    this.reader = reader;
  }

  /** The input for one snapshot of an on-demand read, its flows read as of its own date. */
  DemandInput input(EnterpriseSnapshot snapshot, List<ChainLink> links) {
    return input(snapshot, this::withFlows, links);
  }

  /** The input for one snapshot whose flows come from {@code flows}, e.g. {@link #shared}. */
  DemandInput input(
      EnterpriseSnapshot snapshot, UnaryOperator<EnterpriseSnapshot> flows, List<ChainLink> links) {
    return DemandInput.lazy(snapshot, flows, this::features, links);
  }

  /**
   * Flows for snapshots re-dated from {@code read} to earlier days (a back-test's steps): read for
   * its enterprise as of the read's own date the first time one of them asks, once for all; each
   * step drops the days after its own date, as detectors and features do.
   */
  UnaryOperator<EnterpriseSnapshot> shared(EnterpriseSnapshot read) {
    EnterpriseSnapshot[] once = new EnterpriseSnapshot[1];
    return redated -> {
      if (once[0] == null) {
        once[0] = withFlows(read);
      }
      return redated.withFlows(once[0].flows());
    };
  }

  private EnterpriseSnapshot withFlows(EnterpriseSnapshot snapshot) {
    flows.increment();
    return reader.withFlows(snapshot);
  }

  private Features features(EnterpriseSnapshot withFlows) {
    features.increment();
    return engine.compute(reader.withCounterparties(withFlows));
  }

  /** How many enterprises' flows were read so far. */
  long flowsRead() {
    return flows.sum();
  }

  /** How many times features were computed so far. */
  long featuresComputed() {
    return features.sum();
  }
}
