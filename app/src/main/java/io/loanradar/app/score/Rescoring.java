package io.loanradar.app.score;

import io.loanradar.app.ingest.BatchCommitted;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps scores current: re-scores every enterprise as of today after each committed import (in the
 * background; requests arriving while a run is under way are folded into one more run) and every
 * night, then announces the fresh scores with {@link ScoresRefreshed}.
 */
@Component
class Rescoring implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Rescoring.class);

  private final Scoring scoring;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final boolean afterImport;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "rescoring"));
  private final AtomicBoolean pending = new AtomicBoolean();

  Rescoring(
      Scoring scoring,
      Clock clock,
      ApplicationEventPublisher events,
      @Value("${loanradar.scoring.after-import:true}") boolean afterImport) {
    this.scoring = scoring;
    this.clock = clock;
    this.events = events;
    this.afterImport = afterImport;
  }

  @EventListener
  void batchCommitted(BatchCommitted event) {
    if (afterImport
        && event.report().files().stream().anyMatch(f -> f.inserted() + f.updated() > 0)) {
      request();
    }
  }

  @Scheduled(cron = "${loanradar.scoring.nightly:0 30 2 * * *}", zone = "Asia/Shanghai")
  void nightly() {
    request();
  }

  /** Asks for a run as of today; returns at once. */
  void request() {
    if (pending.compareAndSet(false, true)) {
      worker.submit(this::run);
    }
  }

  private void run() {
    pending.set(false);
    LocalDate today = LocalDate.now(clock);
    try {
      Scoring.Run run = scoring.scoreAll(today);
      log.info(
          "评分完成 / scored {} enterprises as of {} in {} s",
          run.scored().size(),
          today,
          run.elapsed().toSeconds());
      events.publishEvent(new ScoresRefreshed(run));
    } catch (SQLException | RuntimeException e) {
      log.error("scoring as of {} failed; the previous scores stay", today, e);
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
