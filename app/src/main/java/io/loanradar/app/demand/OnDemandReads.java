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
 * both, for the scan's and the back-test's logs. Used from several threads at once. Under an
 * analyst's ADD rule, which reads every enterprise's features, the snapshots carry their flows.
 */
final class OnDemandReads {

  private final SnapshotReader reader;
  private final SnapshotReader.Reach reach;
  private final FeatureEngine engine = new FeatureEngine();
  private final LongAdder flows = new LongAdder();
  private final LongAdder features = new LongAdder();

  /**
   * Reads for a run under {@code rules}: flows on demand, unless a rule reads every enterprise's
   * features, when one walk of the flows with the snapshots costs less than a read per enterprise.
   */
  OnDemandReads(SnapshotReader reader, AnalystRules rules) {
    this.reader = reader;
    this.reach =
        rules.readsEveryEnterprise()
            ? SnapshotReader.Reach.WITHOUT_COUNTERPARTIES
            : SnapshotReader.Reach.ON_DEMAND;
  }

  /** What the run's snapshots are read with. */
  SnapshotReader.Reach reach() {
    return reach;
  }

  /** The input for one snapshot of a read with {@link #reach()}. */
  DemandInput input(EnterpriseSnapshot snapshot, List<ChainLink> links) {
    return input(snapshot, reach.flows() ? UnaryOperator.identity() : this::withFlows, links);
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
    if (reach.flows()) {
      return UnaryOperator.identity();
    }
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
