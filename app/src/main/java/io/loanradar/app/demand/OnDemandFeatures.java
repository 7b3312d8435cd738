package io.loanradar.app.demand;

import io.loanradar.app.score.SnapshotReader;
import io.loanradar.core.feature.EnterpriseSnapshot;
import io.loanradar.core.feature.FeatureEngine;
import io.loanradar.core.feature.Features;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * The features of a snapshot read without counterparty totals, for {@code DemandInput.lazy}: the
 * totals are read for that enterprise alone, as of the snapshot's date, only when a detector or a
 * found need asks for the features. Counts how often, for the scan's and the back-test's logs. Used
 * from several threads at once.
 */
final class OnDemandFeatures implements Function<EnterpriseSnapshot, Features> {

  private final SnapshotReader reader;
  private final FeatureEngine engine = new FeatureEngine();
  private final LongAdder computed = new LongAdder();

  OnDemandFeatures(SnapshotReader reader) {
    this.reader = reader;
  }

  @Override
  public Features apply(EnterpriseSnapshot snapshot) {
    computed.increment();
    return engine.compute(reader.withCounterparties(snapshot));
  }

  /** How many times features were computed so far. */
  long computed() {
    return computed.sum();
  }
}
