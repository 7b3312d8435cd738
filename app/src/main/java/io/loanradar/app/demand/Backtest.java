package io.loanradar.app.demand;

import io.loanradar.app.product.Catalogue;
import io.loanradar.app.score.SnapshotReader;
import io.loanradar.core.demand.DemandEngine;
import io.loanradar.core.demand.DemandInput;
import io.loanradar.core.demand.Scenario;
import io.loanradar.core.demand.Trigger;
import io.loanradar.core.feature.EnterpriseSnapshot;
import io.loanradar.core.product.Product;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 触发回测 — replays the scenario detectors at every step between two dates using only what was known
 * at each step, and compares what they would have raised with the loans that actually started and,
 * for the synthetic bank, the planted stories of truth.csv.
 *
 * <p>The store is read once per group of steps spanning at most {@link #READ_SPAN_DAYS} days, as of
 * the group's last step; each snapshot is then re-dated to every step of the group, and the
 * detectors and the feature engine drop what was not known by then. Two things are not re-dated:
 * loans are taken in the status they had on the read date (a loan's status change within the group
 * shows from the group's start), and counterparty totals (which no detector reads).
 */
@Component
public class Backtest {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Backtest.class);

  /** The longest span of steps served by one read of the store. */
  static final int READ_SPAN_DAYS = 28;

  /**
   * The figures of one scenario.
   *
   * @param scenario the scenario
   * @param episodes opportunities the detector would have opened in the window
   * @param judged those begun at least {@link BacktestTally#HORIZON_DAYS} days before the outcomes
   *     end, the ones precision counts
   * @param perRmWeek episodes per relationship manager per week
   * @param stories planted stories of the scenario whose need fell in the window and whose first
   *     signal did not come before it
   * @param begunBefore stories whose need fell in the window but whose first signal came before it:
   *     the replay never saw them begin, so recall leaves them out
   * @param found stories found in time
   * @param recall found / stories (NaN without stories)
   * @param precision judged episodes that found a story / judged episodes (NaN without any)
   * @param medianLeadDays median days from the first detection to the story's need
   * @param confirmedByLoan judged episodes followed by a loan of a product serving the scenario
   * @param loanPrecision confirmed / judged episodes
   * @param medianLoanLeadDays median days from the first detection to that loan
   */
  public record Row(
      Scenario scenario,
      int episodes,
      int judged,
      double perRmWeek,
      int stories,
      int begunBefore,
      int found,
      double recall,
      double precision,
      double medianLeadDays,
      int confirmedByLoan,
      double loanPrecision,
      double medianLoanLeadDays) {}

  /**
   * One episode: the detections of one enterprise and scenario with no gap longer than {@link
   * BacktestTally#EPISODE_GAP_DAYS} days, as one opportunity.
   *
   * @param enterpriseId the enterprise
   * @param scenario the scenario
   * @param first first detection
   * @param last last detection
   * @param foundStory whether it found a planted story of its scenario
   * @param loanStart the start of the loan that confirmed it, if one did
   * @param judged whether it began early enough for precision to count it
   */
  public record EpisodeRow(
      String enterpriseId,
      Scenario scenario,
      LocalDate first,
      LocalDate last,
      boolean foundStory,
      Optional<LocalDate> loanStart,
      boolean judged) {}

  /**
   * A back-test's result.
   *
   * @param from first step
   * @param to last possible step
   * @param stepDays days between steps
   * @param steps number of steps replayed
   * @param enterprises enterprises replayed
   * @param relationshipManagers distinct RMs owning them
   * @param reads reads of the store
   * @param outcomesUntil the day outcomes are known until: the latest loan observation
   * @param rows one per scenario
   * @param episodes every episode, judged against the stories and the loans
   * @param ruleCounts what each analyst rule did
   * @param elapsed time taken
   */
  public record Report(
      LocalDate from,
      LocalDate to,
      int stepDays,
      int steps,
      int enterprises,
      int relationshipManagers,
      int reads,
      LocalDate outcomesUntil,
      List<Row> rows,
      List<EpisodeRow> episodes,
      List<AnalystRules.Count> ruleCounts,
      Duration elapsed) {

    /** The last first detection that precision judges. */
    public LocalDate judgedBy() {
      return outcomesUntil.minusDays(BacktestTally.HORIZON_DAYS);
    }
  }

  private final SnapshotReader reader;
  private final JdbcTemplate jdbc;
  private final Catalogue catalogue;
  private final DemandProperties properties;
  private final AnalystRules rules;

  Backtest(
      SnapshotReader reader,
      JdbcTemplate jdbc,
      Catalogue catalogue,
      DemandProperties properties,
      AnalystRules rules) {
    this.reader = reader;
    this.jdbc = jdbc;
    this.catalogue = catalogue;
    this.properties = properties;
    this.rules = rules;
  }

  /**
   * Runs the back-test.
   *
   * @param truth truth.csv of the synthetic bank, or empty
   * @throws IllegalArgumentException when the dates are reversed or the step is not positive
   */
  public Report run(LocalDate from, LocalDate to, int stepDays, Optional<Path> truth)
      throws SQLException, IOException {
    if (to.isBefore(from) || stepDays <= 0) {
      throw new IllegalArgumentException(
          "back-test needs --from on or before --to and a positive step, got "
              + from
              + ", "
              + to
              + ", "
              + stepDays
              + " days");
    }
    long start = System.nanoTime();
    List<BacktestTally.Story> stories = truth.isPresent() ? stories(truth.get()) : List.of();
    List<LocalDate> steps = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(stepDays)) {
      steps.add(d);
    }
    OnDemandReads onDemand = new OnDemandReads(reader, rules);
    BacktestTally tally = new BacktestTally();
    StoreFacts links =
        StoreFacts.read(
            jdbc, from.minusDays(StoreFacts.RECEIPT_DAYS), to, properties.coreMinSuppliers());
    AnalystRules.Bound bound =
        rules.bind(in -> DemandScan.variables(in.snapshot(), in.features(), links));
    DemandEngine engine = DemandScan.engine(properties, bound, catalogue.all());
    int reads = 0;
    int enterprises = 0;
    for (int i = 0; i < steps.size(); ) {
      int j = i;
      while (j + 1 < steps.size()
          && ChronoUnit.DAYS.between(steps.get(i), steps.get(j + 1)) <= READ_SPAN_DAYS) {
        j++;
      }
      List<LocalDate> group = steps.subList(i, j + 1);
      LocalDate readOn = group.get(group.size() - 1);
      // one range of enterprises per core; the detections come back in enterprise order and are
      // tallied in that order, as a single pass would
      List<List<Hit>> hits =
          reader.map(
              readOn,
              Runtime.getRuntime().availableProcessors(),
              onDemand.reach(),
              snapshot -> {
                String id = snapshot.enterprise().id().value();
                List<Hit> found = new ArrayList<>(0);
                // the flows as of the read's date, read once for all its steps when one needs them
                UnaryOperator<EnterpriseSnapshot> flows = onDemand.shared(snapshot);
                for (LocalDate step : group) {
                  EnterpriseSnapshot s = redate(snapshot, step);
                  // counterparty totals as of the step itself, read only when features are
                  DemandInput input = onDemand.input(s, flows, links.linksOf(id));
                  for (Trigger t : engine.triggers(input)) {
                    found.add(new Hit(id, t.scenario(), step));
                  }
                }
                return found;
              });
      enterprises = hits.size();
      hits.forEach(list -> list.forEach(h -> tally.detected(h.id(), h.scenario(), h.step())));
      reads++;
      log.debug(
          "back-test read as of {}: {} enterprises, flows read {} and features computed {} times"
              + " so far",
          readOn,
          hits.size(),
          onDemand.flowsRead(),
          onDemand.featuresComputed());
      i = j + 1;
    }
    Integer rms =
        jdbc.queryForObject(
            "SELECT COUNT(DISTINCT rm_id) FROM enterprise WHERE rm_id IS NOT NULL", Integer.class);
    int managers = rms == null ? 0 : rms;
    double weeks = (ChronoUnit.DAYS.between(from, to) + 1) / 7.0;
    List<BacktestTally.StartedLoan> started = loans(from, to.plusDays(BacktestTally.HORIZON_DAYS));
    LocalDate latestLoan =
        jdbc.queryForObject("SELECT MAX(status_date) FROM loan", LocalDate.class);
    LocalDate outcomesUntil = latestLoan == null ? to : latestLoan;
    Map<Scenario, BacktestTally.Figures> figures =
        tally.figures(from, to, stories, started, outcomesUntil);
    List<Row> rows = new ArrayList<>();
    figures.forEach(
        (scenario, f) ->
            rows.add(
                new Row(
                    scenario,
                    f.episodes(),
                    f.judged(),
                    managers == 0 ? Double.NaN : f.episodes() / (managers * weeks),
                    f.stories(),
                    f.begunBefore(),
                    f.found(),
                    f.recall(),
                    f.precision(),
                    f.medianLead(),
                    f.confirmedByLoan(),
                    f.loanPrecision(),
                    f.medianLoanLead())));
    return new Report(
        from,
        to,
        stepDays,
        steps.size(),
        enterprises,
        managers,
        reads,
        outcomesUntil,
        rows,
        tally.judged(stories, started).stream()
            .map(
                j ->
                    new EpisodeRow(
                        j.episode().enterpriseId(),
                        j.episode().scenario(),
                        j.episode().first(),
                        j.episode().last(),
                        j.foundStory(),
                        Optional.ofNullable(j.loanStart()),
                        BacktestTally.judgeable(j.episode(), outcomesUntil)))
            .toList(),
        bound.counts(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** A trigger of one enterprise at one step. */
  private record Hit(String id, Scenario scenario, LocalDate step) {}

  private static EnterpriseSnapshot redate(EnterpriseSnapshot s, LocalDate step) {
    return new EnterpriseSnapshot(
        step,
        s.enterprise(),
        s.statements(),
        s.tax(),
        s.credit(),
        s.loans(),
        s.events(),
        s.flows(),
        s.balances(),
        s.counterparties());
  }

  private List<BacktestTally.StartedLoan> loans(LocalDate from, LocalDate to) {
    Map<String, Set<Scenario>> serves = new HashMap<>();
    for (Product p : catalogue.all()) {
      serves.put(p.code(), p.scenarios().isEmpty() ? Set.of() : EnumSet.copyOf(p.scenarios()));
    }
    return jdbc.query(
        "SELECT enterprise_id, start_date, product_code FROM loan WHERE start_date BETWEEN ? AND ?",
        (rs, i) ->
            new BacktestTally.StartedLoan(
                rs.getString(1),
                rs.getObject(2, LocalDate.class),
                rs.getString(3) == null
                    ? Set.of()
                    : serves.getOrDefault(rs.getString(3), Set.of())),
        Date.valueOf(from),
        Date.valueOf(to));
  }

  /**
   * The demand stories of a truth.csv; other stories (deterioration, contagion, noise) are left
   * out. A story without an outcome needs by its signal plus the horizon.
   *
   * @throws IllegalArgumentException naming the file and line of a row that cannot be read
   */
  static List<BacktestTally.Story> stories(Path truth) throws IOException {
    Set<String> scenarios = new java.util.HashSet<>();
    for (Scenario s : Scenario.values()) {
      scenarios.add(s.name());
    }
    List<BacktestTally.Story> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(truth, StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        try {
          String story = row.get("story");
          if (!scenarios.contains(story)) {
            continue;
          }
          LocalDate signal = LocalDate.parse(row.get("signal_from"));
          String outcome = row.get("outcome_on");
          LocalDate need =
              outcome == null || outcome.isBlank()
                  ? signal.plusDays(BacktestTally.HORIZON_DAYS)
                  : LocalDate.parse(outcome);
          out.add(
              new BacktestTally.Story(
                  row.get("enterprise_id"), Scenario.valueOf(story), signal, need));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(
              truth + " line " + (row.getRecordNumber() + 1) + ": " + e.getMessage(), e);
        }
      }
    }
    return out;
  }
}
