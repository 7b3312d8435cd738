package io.loanradar.app.demand;

import io.loanradar.app.product.Catalogue;
import io.loanradar.app.product.CelEligibility;
import io.loanradar.app.product.LimitsProperties;
import io.loanradar.app.score.SnapshotReader;
import io.loanradar.core.customer.Enterprise;
import io.loanradar.core.demand.DemandEngine;
import io.loanradar.core.demand.DemandInput;
import io.loanradar.core.demand.Need;
import io.loanradar.core.demand.WorkingCapitalNeed;
import io.loanradar.core.feature.EnterpriseSnapshot;
import io.loanradar.core.feature.Features;
import io.loanradar.core.product.MatchRequest;
import io.loanradar.core.product.Product;
import io.loanradar.core.product.ProductFit;
import io.loanradar.core.product.ProductMatcher;
import io.loanradar.core.product.RenewableProducts;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Runs the detectors, sizing and product matching over every enterprise as of a date. */
@Component
public class DemandScan {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemandScan.class);

  /**
   * One need of one enterprise with its products.
   *
   * @param enterprise the customer
   * @param grade its key-customer grade on the as-of date, empty when not scored
   * @param need the detected, sized need
   * @param products every product judged, eligible first by fit
   * @param propensity the champion propensity_90d model's probability in its latest score, empty
   *     without one
   */
  public record Found(
      Enterprise enterprise,
      Optional<String> grade,
      Need need,
      List<ProductFit> products,
      java.util.OptionalDouble propensity) {}

  private final SnapshotReader reader;
  private final JdbcTemplate jdbc;
  private final Catalogue catalogue;
  private final CelEligibility cel;
  private final LimitsProperties limits;
  private final DemandProperties properties;
  private final AnalystRules rules;
  private volatile List<AnalystRules.Count> lastRuleCounts = List.of();
  private volatile long lastFlowReads;

  DemandScan(
      SnapshotReader reader,
      JdbcTemplate jdbc,
      Catalogue catalogue,
      CelEligibility cel,
      LimitsProperties limits,
      DemandProperties properties,
      AnalystRules rules) {
    this.reader = reader;
    this.jdbc = jdbc;
    this.catalogue = catalogue;
    this.cel = cel;
    this.limits = limits;
    this.properties = properties;
    this.rules = rules;
  }

  /** The configured analyst rules. */
  public AnalystRules rules() {
    return rules;
  }

  /** What each analyst rule did in the latest scan. */
  public List<AnalystRules.Count> lastRuleCounts() {
    return lastRuleCounts;
  }

  /**
   * How many enterprises' flows the latest scan read one at a time: those a detector summed, or
   * none when an analyst's ADD rule had every snapshot read with its flows.
   */
  public long lastFlowReads() {
    return lastFlowReads;
  }

  /** Every need found as of {@code asOf}, in enterprise order, after the configured rules. */
  public List<Found> scan(LocalDate asOf) throws SQLException {
    return scan(asOf, rules);
  }

  /**
   * Every need found as of {@code asOf}, in enterprise order, after the given analyst rules; the
   * enterprises are read and worked on in one range per core.
   */
  public List<Found> scan(LocalDate asOf, AnalystRules analystRules) throws SQLException {
    long start = System.nanoTime();
    StoreFacts facts = StoreFacts.read(jdbc, asOf, properties.coreMinSuppliers());
    log.debug("demand facts as of {} read in {} ms", asOf, (System.nanoTime() - start) / 1_000_000);
    AnalystRules.Bound bound =
        analystRules.bind(in -> variables(in.snapshot(), in.features(), facts));
    List<Product> products = catalogue.all();
    DemandEngine engine = engine(properties, bound, products);
    ProductMatcher matcher = new ProductMatcher(cel, limits.limits());
    OnDemandReads reads = new OnDemandReads(reader, analystRules);
    List<List<Found>> perEnterprise =
        reader.map(
            asOf,
            Runtime.getRuntime().availableProcessors(),
            reads.reach(),
            snapshot -> {
              String id = snapshot.enterprise().id().value();
              // most enterprises show no sign of a need before their flows are summed, and most
              // detectors never read the features: the two years of daily flows are read for the
              // enterprises whose flows a detector sums, and the counterparty totals (a year of
              // transactions) for those whose features a detector or a found need asks for
              DemandInput input = reads.input(snapshot, facts.linksOf(id));
              List<Need> needs = engine.detect(input);
              if (needs.isEmpty()) {
                return List.<Found>of();
              }
              Features f = input.features();
              List<Found> found = new ArrayList<>(needs.size());
              for (Need need : needs) {
                MatchRequest request =
                    new MatchRequest(
                        need.scenario(),
                        need.amount(),
                        snapshot.enterprise().industry().map(Object::toString),
                        facts.grade(id),
                        variables(snapshot, f, facts),
                        facts.exposureOf(id),
                        facts.groupExposureOf(id));
                found.add(
                    new Found(
                        snapshot.enterprise(),
                        facts.grade(id),
                        need,
                        matcher.match(request, products),
                        facts.propensity(id)));
              }
              return found;
            });
    List<Found> out = new ArrayList<>();
    perEnterprise.forEach(out::addAll);
    lastRuleCounts = bound.counts();
    lastFlowReads = reads.flowsRead();
    log.debug(
        "demand scan as of {}: {} enterprises, flows read for {}, features computed for {}",
        asOf,
        perEnterprise.size(),
        reads.flowsRead(),
        reads.featuresComputed());
    return out;
  }

  /**
   * The bank's demand engine: its thresholds, the standard working-capital defaults, the analyst
   * rules bound to the run, and renewals as its catalogue says — the same for a scan and a
   * back-test.
   */
  static DemandEngine engine(
      DemandProperties properties, AnalystRules.Bound rules, List<Product> catalogue) {
    return new DemandEngine(
        properties.triggerConfig(),
        WorkingCapitalNeed.Defaults.standard(),
        rules,
        RenewableProducts.of(catalogue));
  }

  /** The variables eligibility expressions read. */
  static Map<String, Object> variables(EnterpriseSnapshot s, Features f, StoreFacts facts) {
    Map<String, Object> vars = new HashMap<>(f.asMap());
    String id = s.enterprise().id().value();
    Optional.ofNullable(facts.grades.get(id)).ifPresent(g -> vars.put("grade", g));
    Optional.ofNullable(facts.tiers.get(id)).ifPresent(t -> vars.put("tier", t));
    s.enterprise().industry().ifPresent(i -> vars.put("industry", i.toString()));
    s.enterprise()
        .establishedOn()
        .ifPresent(
            d -> vars.put("established_years", ChronoUnit.DAYS.between(d, s.asOf()) / 365.25));
    return vars;
  }
}
