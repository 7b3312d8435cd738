package io.loanradar.app.warning;

import io.loanradar.app.score.ScoresRefreshed;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Raises alerts after every background scoring run, from the same as-of date, and checks the
 * acknowledgement SLA every few minutes.
 */
@Component
class AlertSchedule {

  private static final Logger log = LoggerFactory.getLogger(AlertSchedule.class);

  private final Alerts alerts;
  private final WarningProperties properties;

  AlertSchedule(Alerts alerts, WarningProperties properties) {
    this.alerts = alerts;
    this.properties = properties;
  }

  @EventListener
  void scoresRefreshed(ScoresRefreshed event) {
    if (!properties.afterScoring()) {
      return;
    }
    try {
      Alerts.Run run = alerts.raise(event.run().asOf(), Alerts.SYSTEM);
      log.info(
          "预警完成 / alerts as of {}: {} raised, {} escalated, {} open unchanged",
          run.asOf(),
          run.raised().size(),
          run.escalated().size(),
          run.unchanged().size());
    } catch (SQLException | RuntimeException e) {
      log.error("raising alerts as of {} failed", event.run().asOf(), e);
    }
  }

  @Scheduled(
      initialDelayString = "${loanradar.warning.sla-check-every:PT5M}",
      fixedDelayString = "${loanradar.warning.sla-check-every:PT5M}")
  void checkSla() {
    int n = alerts.escalateMissedSla().size();
    if (n > 0) {
      log.warn("{} alerts missed their acknowledgement SLA and went to the supervisor", n);
    }
  }
}
