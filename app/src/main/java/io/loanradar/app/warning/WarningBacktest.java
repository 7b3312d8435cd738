package io.loanradar.app.warning;

import io.loanradar.app.score.SnapshotReader;
import io.loanradar.core.credit.Loan;
import io.loanradar.core.customer.Relation;
import io.loanradar.core.feature.EnterpriseSnapshot;
import io.loanradar.core.warning.Assessment;
import io.loanradar.core.warning.WarningEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Replays early warning over past dates using only what was known on each, and compares the first
 * alert of every debtor with what happened: planted DETERIORATION and CONTAGION stories (truth.csv)
 * and bad outcomes on this bank's loans (default, write-off, 90+ days overdue).
 *
 * <p>Snapshots are read once per block of at most {@value #BLOCK_DAYS} days, at the block's last
 * step, and re-dated to each step of the block; the engine drops what is dated after the step.
 * Loans are re-dated from their full status history. Counterparty totals cannot be re-dated and are
 * left out (no warning signal uses them); flows are read as far back as the signals look from the
 * block's first step, with each debtor's first flow day. The debtors are read in one range per
 * core.
 */
@Component
public class WarningBacktest {

  /** Longest stretch of steps served by one read (balances are read 120 days back). */
  static final int BLOCK_DAYS = 84;

  private final SnapshotReader snapshots;
  private final Assessing assessing;
  private final JdbcTemplate jdbc;

  WarningBacktest(SnapshotReader snapshots, Assessing assessing, JdbcTemplate jdbc) {
    this.snapshots = snapshots;
    this.assessing = assessing;
    this.jdbc = jdbc;
  }

  /**
   * One debtor's replay.
   *
   * @param enterpriseId the debtor
   * @param story its planted story, empty when none or no truth file
   * @param firstAlert the first step an alert was raised, empty when never
   * @param firstSignals the signals of that first alert
   * @param outcomeOn the first bad outcome (truth or loans), empty when none
   * @param deteriorated whether it is a deterioration (planted or seen on its loans)
   */
  public record Debtor(
      String enterpriseId,
      Optional<String> story,
      Optional<LocalDate> firstAlert,
      String firstSignals,
      Optional<LocalDate> outcomeOn,
      boolean deteriorated) {

    /** Days from the first alert to the outcome, when the alert came first. */
    public Optional<Long> leadDays() {
      if (firstAlert.isEmpty() || outcomeOn.isEmpty()) {
        return Optional.empty();
      }
      long d = ChronoUnit.DAYS.between(firstAlert.get(), outcomeOn.get());
      return d > 0 ? Optional.of(d) : Optional.empty();
    }
  }

  /**
   * The figures of a replay.
   *
   * @param from first step
   * @param to last step
   * @param steps number of steps
   * @param debtors every debtor's replay
   * @param outcomes deteriorations with their outcome between the first and the last step
   * @param detected those alerted before their outcome
   * @param alerted debtors alerted at least once
   * @param alertedDeteriorating alerted debtors that did deteriorate
   * @param leads lead days of the detected, sorted
   * @param elapsed how long the replay took
   */
  public record Result(
      LocalDate from,
      LocalDate to,
      int steps,
      List<Debtor> debtors,
      int outcomes,
      int detected,
      int alerted,
      int alertedDeteriorating,
      List<Long> leads,
      Duration elapsed) {

    /** Detected ÷ outcomes. */
    public double recall() {
      return outcomes == 0 ? 0 : (double) detected / outcomes;
    }

    /** Alerted and deteriorating ÷ alerted. */
    public double precision() {
      return alerted == 0 ? 0 : (double) alertedDeteriorating / alerted;
    }

    /** Median lead in days, 0 when nothing was detected. */
    public double medianLead() {
      return percentile(0.5);
    }

    /** A percentile of the lead days (nearest rank), 0 when nothing was detected. */
    public double percentile(double p) {
      if (leads.isEmpty()) {
        return 0;
      }
      if (p == 0.5 && leads.size() % 2 == 0) {
        int m = leads.size() / 2;
        return (leads.get(m - 1) + leads.get(m)) / 2.0;
      }
      int rank = (int) Math.ceil(p * leads.size());
      return leads.get(Math.max(0, Math.min(leads.size() - 1, rank - 1)));
    }
  }

  /**
   * Replays from {@code from} to {@code to} every {@code stepDays} days.
   *
   * @param truth truth.csv of a generated bank, or null to compare with loan outcomes only
   * @throws IllegalArgumentException when the range or the step is not sensible
   */
  public Result run(LocalDate from, LocalDate to, int stepDays, Path truth)
      throws SQLException, IOException {
    if (from == null || to == null || to.isBefore(from) || stepDays < 1 || stepDays > BLOCK_DAYS) {
      throw new IllegalArgumentException(
          "back-test needs from <= to and a step of 1-"
              + BLOCK_DAYS
              + " days: "
              + from
              + " "
              + to
              + " "
              + stepDays);
    }
    long started = System.nanoTime();
    Map<String, BacktestOutcomes.Story> stories =
        truth == null ? Map.of() : BacktestOutcomes.truth(truth);
    Map<String, LocalDate> badLoans = BacktestOutcomes.badLoans(jdbc);
    Map<String, List<Loan>> loans = BacktestOutcomes.loanHistory(jdbc);
    List<Relation> relations = assessing.relations();
    WarningEngine engine = assessing.engine();
    List<LocalDate> steps = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(stepDays)) {
      steps.add(d);
    }
    Map<String, LocalDate> firstAlert = new TreeMap<>();
    Map<String, String> firstSignals = new HashMap<>();
    java.util.Set<String> everyone = new java.util.TreeSet<>();
    SnapshotReader.Reach reach =
        SnapshotReader.Reach.recentFlows(engine.flowDaysRead() + BLOCK_DAYS);
    int parts = Runtime.getRuntime().availableProcessors();
    for (List<LocalDate> block : blocks(steps)) {
      Map<LocalDate, List<Assessment>> own = new TreeMap<>();
      block.forEach(d -> own.put(d, new ArrayList<>()));
      LocalDate read = block.get(block.size() - 1);
      List<List<Assessment>> perDebtor =
          snapshots.map(
              read,
              parts,
              reach,
              s -> {
                List<Loan> history = loans.getOrDefault(s.enterprise().id().value(), List.of());
                List<Assessment> out = new ArrayList<>(block.size());
                for (LocalDate d : block) {
                  out.add(engine.assess(redated(s, d, history)));
                }
                return out;
              });
      for (List<Assessment> debtor : perDebtor) {
        for (Assessment a : debtor) {
          everyone.add(a.enterpriseId().value());
          own.get(a.asOf()).add(a);
        }
      }
      for (Map.Entry<LocalDate, List<Assessment>> e : own.entrySet()) {
        for (Assessment a : engine.withContagion(e.getValue(), relations)) {
          if (a.alertSeverity(engine.config()).isPresent()) {
            String id = a.enterpriseId().value();
            if (!firstAlert.containsKey(id)) {
              firstAlert.put(id, a.asOf());
              firstSignals.put(id, a.signalCodes());
            }
          }
        }
      }
    }
    return result(
        from, to, steps.size(), everyone, stories, badLoans, firstAlert, firstSignals, started);
  }

  private static List<List<LocalDate>> blocks(List<LocalDate> steps) {
    List<List<LocalDate>> blocks = new ArrayList<>();
    List<LocalDate> current = new ArrayList<>();
    for (LocalDate d : steps) {
      if (!current.isEmpty() && ChronoUnit.DAYS.between(current.get(0), d) > BLOCK_DAYS) {
        blocks.add(current);
        current = new ArrayList<>();
      }
      current.add(d);
    }
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    return blocks;
  }

  private static EnterpriseSnapshot redated(EnterpriseSnapshot s, LocalDate day, List<Loan> loans) {
    return new EnterpriseSnapshot(
        day,
        s.enterprise(),
        s.statements(),
        s.tax(),
        s.credit(),
        loans,
        s.events(),
        s.flows(),
        s.balances(),
        List.of(),
        s.firstFlowDay());
  }

  private static Result result(
      LocalDate from,
      LocalDate to,
      int steps,
      java.util.Set<String> everyone,
      Map<String, BacktestOutcomes.Story> stories,
      Map<String, LocalDate> badLoans,
      Map<String, LocalDate> firstAlert,
      Map<String, String> firstSignals,
      long started) {
    List<Debtor> debtors = new ArrayList<>();
    int outcomes = 0;
    int detected = 0;
    int alerted = 0;
    int alertedBad = 0;
    List<Long> leads = new ArrayList<>();
    for (String id : everyone) {
      BacktestOutcomes.Story story = stories.get(id);
      Optional<LocalDate> outcome = Optional.ofNullable(badLoans.get(id));
      if (story != null && BacktestOutcomes.bad(story) && story.outcomeOn().isPresent()) {
        LocalDate planted = story.outcomeOn().get();
        outcome = Optional.of(outcome.map(o -> o.isBefore(planted) ? o : planted).orElse(planted));
      }
      boolean deteriorated = outcome.isPresent() || (story != null && BacktestOutcomes.bad(story));
      Debtor d =
          new Debtor(
              id,
              Optional.ofNullable(story).map(BacktestOutcomes.Story::story),
              Optional.ofNullable(firstAlert.get(id)),
              firstSignals.getOrDefault(id, ""),
              outcome,
              deteriorated);
      debtors.add(d);
      if (outcome.isPresent() && !outcome.get().isBefore(from) && !outcome.get().isAfter(to)) {
        outcomes++;
        if (d.leadDays().isPresent()) {
          detected++;
          leads.add(d.leadDays().get());
        }
      }
      if (d.firstAlert().isPresent()) {
        alerted++;
        if (deteriorated) {
          alertedBad++;
        }
      }
    }
    leads.sort(null);
    return new Result(
        from,
        to,
        steps,
        debtors,
        outcomes,
        detected,
        alerted,
        alertedBad,
        leads,
        Duration.ofNanos(System.nanoTime() - started));
  }
}
