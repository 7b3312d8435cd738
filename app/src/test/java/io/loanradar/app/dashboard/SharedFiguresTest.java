package io.loanradar.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedFiguresTest {

  private static final Duration FRESH = Duration.ofSeconds(60);
  private static final Duration HARD_LIMIT = Duration.ofMinutes(10);

  private final MovingClock clock = new MovingClock(Instant.parse("2026-03-02T01:00:00Z"));
  private final QueuedExecutor recounts = new QueuedExecutor();
  private final AtomicInteger counts = new AtomicInteger();

  /** Figures that say which count made them and when. */
  private String count(String key) {
    return key + "#" + counts.incrementAndGet() + "@" + clock.instant();
  }

  private SharedFigures<String, String> shared(int maxKeys) {
    return new SharedFigures<>(this::count, clock, recounts, FRESH, HARD_LIMIT, maxKeys);
  }

  @Test
  void countsInTheRequestWhenNoFiguresAreShared() {
    SharedFigures<String, String> figures = shared(10);

    assertThat(figures.get("rm1")).isEqualTo("rm1#1@2026-03-02T01:00:00Z");
    assertThat(recounts.waiting()).isZero();
  }

  @Test
  void servesFreshFiguresWithoutCountingAgain() {
    SharedFigures<String, String> figures = shared(10);
    figures.get("rm1");

    clock.advance(Duration.ofSeconds(59));

    assertThat(figures.get("rm1")).isEqualTo("rm1#1@2026-03-02T01:00:00Z");
    assertThat(counts).hasValue(1);
    assertThat(recounts.waiting()).isZero();
  }

  @Test
  void servesStaleFiguresAtOnceAndRecountsThemOnceInTheBackground() {
    SharedFigures<String, String> figures = shared(10);
    figures.get("exec");

    clock.advance(Duration.ofSeconds(61));
    for (int viewer = 0; viewer < 5; viewer++) {
      assertThat(figures.get("exec")).isEqualTo("exec#1@2026-03-02T01:00:00Z");
    }
    assertThat(counts).as("nothing counted in the requests").hasValue(1);
    assertThat(recounts.waiting()).as("one recount for five stale views").isEqualTo(1);

    recounts.runAll();

    assertThat(counts).hasValue(2);
    assertThat(figures.get("exec")).isEqualTo("exec#2@2026-03-02T01:01:01Z");
    assertThat(recounts.waiting()).isZero();
  }

  @Test
  void eachKeyHasItsOwnRecount() {
    SharedFigures<String, String> figures = shared(10);
    figures.get("rm1");
    figures.get("rm2");

    clock.advance(Duration.ofSeconds(90));
    figures.get("rm1");
    figures.get("rm2");
    figures.get("rm1");

    assertThat(recounts.waiting()).isEqualTo(2);
    recounts.runAll();
    assertThat(figures.get("rm1")).startsWith("rm1#3@");
    assertThat(figures.get("rm2")).startsWith("rm2#4@");
  }

  @Test
  void countsInTheRequestWhenTheFiguresArePastTheHardLimit() {
    SharedFigures<String, String> figures = shared(10);
    figures.get("exec");

    clock.advance(HARD_LIMIT.plusSeconds(1));

    assertThat(figures.get("exec")).isEqualTo("exec#2@2026-03-02T01:10:01Z");
    assertThat(recounts.waiting()).as("counted in the request, not in the background").isZero();
  }

  @Test
  void clearingDropsTheFiguresAndTheRecountUnderWay() {
    SharedFigures<String, String> figures = shared(10);
    figures.get("exec");
    clock.advance(Duration.ofSeconds(61));
    figures.get("exec");
    assertThat(recounts.waiting()).isEqualTo(1);

    figures.clear();
    clock.advance(Duration.ofSeconds(1));
    recounts.runAll();

    assertThat(counts).as("the recount ran").hasValue(2);
    assertThat(figures.get("exec"))
        .as("counted after the clearing, not the recount begun before it")
        .isEqualTo("exec#3@2026-03-02T01:01:02Z");
  }

  @Test
  void aFailedRecountKeepsTheStaleFiguresAndTheNextViewTriesAgain() {
    SharedFigures<String, String> figures =
        new SharedFigures<>(
            key -> {
              if (counts.incrementAndGet() == 2) {
                throw new IllegalStateException("database gone");
              }
              return key + "#" + counts.get();
            },
            clock,
            recounts,
            FRESH,
            HARD_LIMIT,
            10);
    figures.get("exec");
    clock.advance(Duration.ofSeconds(61));
    figures.get("exec");
    recounts.runAll();

    assertThat(figures.get("exec")).isEqualTo("exec#1");
    assertThat(recounts.waiting()).isEqualTo(1);
    recounts.runAll();
    assertThat(figures.get("exec")).isEqualTo("exec#3");
  }

  @Test
  void keepsAtMostMaxKeys() {
    SharedFigures<String, String> figures = shared(3);
    for (int rm = 0; rm < 20; rm++) {
      figures.get("rm" + rm);
    }

    assertThat(figures.size()).isEqualTo(3);
  }

  @Test
  void refusesAHardLimitNotPastFreshness() {
    assertThatThrownBy(() -> new SharedFigures<>(this::count, clock, recounts, FRESH, FRESH, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT1M");
  }

  /** Runs nothing until told to. */
  private static final class QueuedExecutor implements Executor {
    private final Deque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable task) {
      tasks.add(task);
    }

    synchronized int waiting() {
      return tasks.size();
    }

    void runAll() {
      Runnable next;
      while ((next = poll()) != null) {
        next.run();
      }
    }

    private synchronized Runnable poll() {
      return tasks.poll();
    }
  }

  private static final class MovingClock extends Clock {
    private Instant now;

    MovingClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
