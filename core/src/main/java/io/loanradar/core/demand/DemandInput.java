package io.loanradar.core.demand;

import io.loanradar.core.feature.EnterpriseSnapshot;
import io.loanradar.core.feature.Features;
import java.util.List;

/**
 * What the detectors read for one enterprise: its snapshot, the features computed from it on the
 * same as-of date, and its supply links to core enterprises. Rows dated after the as-of date are
 * ignored by every detector.
 *
 * @param snapshot what was known about the enterprise (rows may run past the as-of date)
 * @param features features computed from the snapshot on its as-of date
 * @param chainLinks links to core enterprises, empty when none
 */
public record DemandInput(
    EnterpriseSnapshot snapshot, Features features, List<ChainLink> chainLinks) {

  /**
   * @throws IllegalArgumentException when the snapshot or the features are missing
   */
  public DemandInput {
    if (snapshot == null || features == null) {
      throw new IllegalArgumentException("demand input needs a snapshot and features");
    }
    chainLinks = List.copyOf(chainLinks);
  }
}
