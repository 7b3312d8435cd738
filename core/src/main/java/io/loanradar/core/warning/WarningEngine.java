package io.loanradar.core.warning;

import io.loanradar.core.customer.Relation;
import io.loanradar.core.feature.EnterpriseSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates early warning point in time: every signal of the library on a debtor's snapshot, its
 * risk grade and suggested five-category class; then, once every debtor has its own result,
 * contagion along relations in one pass.
 */
public final class WarningEngine {

  private final WarningConfig config;
  private final List<Signal> signals = SignalLibrary.all();

  /** An engine under a configuration. */
  public WarningEngine(WarningConfig config) {
    this.config = config;
  }

  /** The configuration in use. */
  public WarningConfig config() {
    return config;
  }

  /**
   * How many days of daily flows up to the as-of date an assessment reads: a reader may carry only
   * these, with the snapshot's first flow day, and get the same assessment as with every flow.
   */
  public int flowDaysRead() {
    return FlowSignals.daysRead(config);
  }

  /**
   * A debtor's own assessment: from its snapshot alone, using only rows known on the snapshot's
   * as-of date.
   */
  public Assessment assess(EnterpriseSnapshot snapshot) {
    Facts facts = Facts.of(snapshot);
    List<SignalHit> hits = new ArrayList<>();
    for (Signal s : signals) {
      Optional<SignalHit> hit = s.test(facts, config.setting(s));
      hit.ifPresent(hits::add);
    }
    return Assessment.of(
        snapshot.enterprise().id(),
        snapshot.asOf(),
        hits,
        config.fiveCategory().classify(snapshot.asOf(), facts.loans()),
        config);
  }

  /**
   * Adds contagion to own assessments of one as-of date.
   *
   * @param own every debtor's own assessment, all of one as-of date
   * @param relations the relations between parties; those starting after the as-of date are ignored
   * @return the assessments in the same order, with contagion hits where trouble spread
   */
  public List<Assessment> withContagion(List<Assessment> own, List<Relation> relations) {
    return new Contagion(config).spread(own, relations);
  }
}
