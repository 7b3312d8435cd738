package io.loanradar.app.demand;

import io.loanradar.app.score.ScoresRefreshed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings opportunities up to date whenever a background scoring run (after an import, or nightly)
 * kept fresh scores, from the same as-of date.
 */
@Component
class OpportunityRefresh {

  private static final Logger log = LoggerFactory.getLogger(OpportunityRefresh.class);

  private final Opportunities opportunities;
  private final DemandProperties properties;

  OpportunityRefresh(Opportunities opportunities, DemandProperties properties) {
    this.opportunities = opportunities;
    this.properties = properties;
  }

  @EventListener
  void onScores(ScoresRefreshed event) {
    if (!properties.afterScoring()) {
      return;
    }
    try {
      Opportunities.Refresh r = opportunities.refresh(event.run().asOf());
      log.info(
          "商机 opportunities as of {}: {} new, {} refreshed, {} disbursed, {} in cooldown",
          r.asOf(),
          r.created(),
          r.refreshed(),
          r.disbursed(),
          r.cooledDown());
    } catch (Exception e) {
      log.error("refreshing opportunities as of {} failed", event.run().asOf(), e);
    }
  }
}
