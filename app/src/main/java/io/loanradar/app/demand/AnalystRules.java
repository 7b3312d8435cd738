package io.loanradar.app.demand;

import io.loanradar.app.product.CelEligibility;
import io.loanradar.core.demand.DemandInput;
import io.loanradar.core.demand.Evidence;
import io.loanradar.core.demand.Scenario;
import io.loanradar.core.demand.Trigger;
import io.loanradar.core.demand.TriggerRules;
import io.loanradar.core.product.RuleOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * 分析师触发规则 — trigger rules an analyst writes in CEL over the features (the same variables as product
 * eligibility, docs/products.md), each of which vetoes or adds one scenario's trigger with a name
 * and a reason in Chinese and English that appear in the evidence.
 *
 * <p>A rule that cannot be used — no name, an unknown scenario or action, a missing reason, a
 * reason holding {@code ;}, an expression that does not compile (reported with line:column) — is
 * listed in {@link #problems()}, logged and left out; the others run. A rule that cannot be
 * evaluated for an enterprise (a feature it reads is missing) is skipped for that enterprise and
 * counted.
 */
@Component
public class AnalystRules {

  private static final Logger LOG = LoggerFactory.getLogger(AnalystRules.class);

  /** What a rule does when its expression holds. */
  public enum Action {
    /** Drop the scenario's trigger. */
    VETO,
    /** Raise the scenario's trigger (or add the rule to the detector's evidence). */
    ADD
  }

  /**
   * A rule that compiled.
   *
   * @param name its name
   * @param scenario the scenario it acts on
   * @param action veto or add
   * @param when the CEL expression
   * @param reasonZh why, in Chinese
   * @param reasonEn why, in English
   * @param expectedDays for ADD, days to the expected need
   */
  public record Rule(
      String name,
      Scenario scenario,
      Action action,
      String when,
      String reasonZh,
      String reasonEn,
      int expectedDays) {}

  /**
   * How often a rule acted in one run.
   *
   * @param rule the rule's name
   * @param applied triggers it vetoed or added (or added to)
   * @param errors enterprises for which it could not be evaluated
   * @param firstError the first evaluation error, if any
   */
  public record Count(String rule, long applied, long errors, Optional<String> firstError) {}

  private final CelEligibility cel;
  private final List<Rule> rules;
  private final List<String> problems;

  @Autowired
  AnalystRules(CelEligibility cel, DemandProperties properties) {
    this(cel, properties.rules());
  }

  /** Rules from their configuration, for one run (also used by tests). */
  public AnalystRules(CelEligibility cel, List<DemandProperties.Rule> configured) {
    this.cel = cel;
    List<Rule> ok = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < configured.size(); i++) {
      DemandProperties.Rule r = configured.get(i);
      String label = "rule " + (blank(r.name()) ? "#" + (i + 1) : r.name());
      Optional<String> problem = problem(r);
      if (problem.isEmpty()) {
        problem = cel.check(r.when()).map(e -> "does not compile: " + e);
      }
      if (problem.isPresent()) {
        wrong.add(label + ": " + problem.get());
        LOG.warn("analyst trigger {} left out: {}", label, problem.get());
        continue;
      }
      ok.add(
          new Rule(
              r.name().strip(),
              Scenario.valueOf(r.scenario().strip().toUpperCase(Locale.ROOT)),
              Action.valueOf(r.action().strip().toUpperCase(Locale.ROOT)),
              r.when(),
              r.reasonZh().strip(),
              r.reasonEn().strip(),
              r.expectedDays() == null ? 30 : r.expectedDays()));
    }
    this.rules = List.copyOf(ok);
    this.problems = List.copyOf(wrong);
  }

  private static Optional<String> problem(DemandProperties.Rule r) {
    if (blank(r.name())) {
      return Optional.of("needs a name");
    }
    if (!r.name().strip().matches("[A-Za-z0-9_\\-]+")) {
      return Optional.of("name may hold only letters, digits, - and _");
    }
    if (blank(r.scenario()) || !isScenario(r.scenario())) {
      return Optional.of(
          "scenario '" + r.scenario() + "' is not one of " + List.of(Scenario.values()));
    }
    if (blank(r.action()) || !isAction(r.action())) {
      return Optional.of("action '" + r.action() + "' is not VETO or ADD");
    }
    if (blank(r.when())) {
      return Optional.of("needs an expression (when)");
    }
    if (blank(r.reasonZh()) || blank(r.reasonEn())) {
      return Optional.of("needs a reason in Chinese and English (reason-zh, reason-en)");
    }
    if (r.reasonZh().contains(";") || r.reasonEn().contains(";")) {
      return Optional.of("a reason must not contain ';', which separates facts in the CSV");
    }
    if (r.expectedDays() != null && (r.expectedDays() < 0 || r.expectedDays() > 365)) {
      return Optional.of("expected-days must be between 0 and 365");
    }
    return Optional.empty();
  }

  private static boolean isScenario(String s) {
    for (Scenario v : Scenario.values()) {
      if (v.name().equalsIgnoreCase(s.strip())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAction(String s) {
    for (Action v : Action.values()) {
      if (v.name().equalsIgnoreCase(s.strip())) {
        return true;
      }
    }
    return false;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The rules in use, in configuration order. */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Whether some rule is evaluated for every enterprise, not only where a detector found its
   * scenario: an ADD rule, which reads every enterprise's features and so its flows.
   */
  public boolean readsEveryEnterprise() {
    return rules.stream().anyMatch(r -> r.action() == Action.ADD);
  }

  /** Rules left out, each with its name and what is wrong (line:column for CEL errors). */
  public List<String> problems() {
    return problems;
  }

  /**
   * The rules bound to one run: {@code variables} gives, for an enterprise, the variables the
   * expressions read (features, grade, tier, industry, established_years).
   */
  public Bound bind(Function<DemandInput, Map<String, Object>> variables) {
    return new Bound(variables);
  }

  /** The rules of one run, counting what each did. */
  public final class Bound implements TriggerRules {

    private final Function<DemandInput, Map<String, Object>> variables;
    private final Map<String, LongAdder> applied = new LinkedHashMap<>();
    private final Map<String, LongAdder> errors = new LinkedHashMap<>();
    private final Map<String, AtomicReference<String>> firstError = new LinkedHashMap<>();

    private Bound(Function<DemandInput, Map<String, Object>> variables) {
      this.variables = variables;
      for (Rule r : rules) {
        applied.put(r.name(), new LongAdder());
        errors.put(r.name(), new LongAdder());
        firstError.put(r.name(), new AtomicReference<>());
      }
    }

    @Override
    public List<Trigger> apply(DemandInput input, List<Trigger> found) {
      if (rules.isEmpty()) {
        return found;
      }
      Map<Scenario, Trigger> out = new LinkedHashMap<>();
      found.forEach(t -> out.put(t.scenario(), t));
      Map<String, Object> vars = null;
      // additions first, so that a veto also stops what another rule added
      for (Action action : List.of(Action.ADD, Action.VETO)) {
        for (Rule r : rules) {
          if (r.action() != action || action == Action.VETO && !out.containsKey(r.scenario())) {
            continue;
          }
          if (vars == null) {
            vars = variables.apply(input);
          }
          RuleOutcome outcome = cel.evaluate(r.name(), r.when(), vars);
          if (outcome instanceof RuleOutcome.Broken b) {
            errors.get(r.name()).increment();
            firstError.get(r.name()).compareAndSet(null, b.message());
            continue;
          }
          if (!(outcome instanceof RuleOutcome.Passed)) {
            continue;
          }
          applied.get(r.name()).increment();
          if (action == Action.VETO) {
            out.remove(r.scenario());
          } else {
            out.put(r.scenario(), added(r, input, out.get(r.scenario())));
          }
        }
      }
      return out.values().stream().sorted(Comparator.comparing(Trigger::scenario)).toList();
    }

    private Trigger added(Rule r, DemandInput input, Trigger detected) {
      var asOf = input.snapshot().asOf();
      Evidence fact =
          new Evidence(
              "RULE_" + r.name(),
              asOf,
              Optional.empty(),
              "分析规则「" + r.name() + "」：" + r.reasonZh(),
              "analyst rule '" + r.name() + "': " + r.reasonEn());
      if (detected == null) {
        return new Trigger(
            r.scenario(),
            asOf,
            1,
            Optional.empty(),
            asOf.plusDays(r.expectedDays()),
            List.of(fact));
      }
      List<Evidence> evidence = new ArrayList<>(detected.evidence());
      evidence.add(fact);
      return new Trigger(
          detected.scenario(),
          detected.detectedOn(),
          detected.points() + 1,
          detected.indicatedAmount(),
          detected.expectedBy(),
          evidence);
    }

    /** What each rule did in this run, in configuration order. */
    public List<Count> counts() {
      List<Count> out = new ArrayList<>();
      for (Rule r : rules) {
        out.add(
            new Count(
                r.name(),
                applied.get(r.name()).sum(),
                errors.get(r.name()).sum(),
                Optional.ofNullable(firstError.get(r.name()).get())));
      }
      return out;
    }
  }
}
