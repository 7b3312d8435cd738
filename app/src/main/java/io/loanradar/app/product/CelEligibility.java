package io.loanradar.app.product;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import io.loanradar.core.feature.FeatureDefinition;
import io.loanradar.core.feature.FeatureNames;
import io.loanradar.core.product.EligibilityRules;
import io.loanradar.core.product.RuleOutcome;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Eligibility and trigger expressions in CEL (Common Expression Language): no side effects, no
 * method calls beyond CEL's own functions, so a product manager's rule cannot harm the run.
 *
 * <p>Variables: every feature by its name, a number (see docs/features.md), {@code features} (the
 * same as a map, so {@code has(features.debt_ratio)} tests for a missing one), {@code grade},
 * {@code tier}, {@code industry} (strings) and {@code established_years} (double). A rule reading a
 * feature that is missing for the customer evaluates to an error, reported per rule; a syntax or
 * type error is reported with line:column. Neither stops a run.
 */
@Component
public class CelEligibility implements EligibilityRules {

  /** The variables that are not features. */
  static final List<String> STRING_VARIABLES = List.of("grade", "tier", "industry");

  private static final List<String> FEATURES =
      FeatureNames.definitions().stream().map(FeatureDefinition::name).toList();

  private final CelCompiler compiler;
  private final CelRuntime runtime;
  private final Map<String, Compiled> cache = new ConcurrentHashMap<>();

  /**
   * Compiled rules kept; beyond this the cache starts afresh, so that rules typed and retyped on
   * the products page (failed ones included) cannot grow it without bound.
   */
  static final int CACHE_LIMIT = 1_000;

  private record Compiled(Optional<CelRuntime.Program> program, String error) {}

  CelEligibility() {
    CelOptions options = CelOptions.current().enableHeterogeneousNumericComparisons(true).build();
    CelCompilerBuilder builder =
        CelCompilerFactory.standardCelCompilerBuilder()
            .setOptions(options)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .setResultType(SimpleType.BOOL)
            .addVar("features", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .addVar("established_years", SimpleType.DYN);
    for (String name : STRING_VARIABLES) {
      builder.addVar(name, SimpleType.STRING);
    }
    for (FeatureDefinition d : FeatureNames.definitions()) {
      builder.addVar(d.name(), SimpleType.DYN);
    }
    this.compiler = builder.build();
    this.runtime = CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(options).build();
  }

  /**
   * Checks that an expression compiles to a true-or-false rule.
   *
   * @return empty when it does, else the errors with line:column
   */
  public Optional<String> check(String expression) {
    Compiled c = compile(expression);
    return c.program().isPresent() ? Optional.empty() : Optional.of(c.error());
  }

  @Override
  public RuleOutcome evaluate(
      String productCode, String expression, Map<String, Object> variables) {
    Compiled c = compile(expression);
    if (c.program().isEmpty()) {
      return new RuleOutcome.Broken(productCode + ": " + c.error());
    }
    Map<String, Object> vars = new HashMap<>();
    variables.forEach((name, value) -> vars.put(name, number(value)));
    vars.put(
        "features",
        vars.entrySet().stream()
            .filter(e -> e.getValue() instanceof Number)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    try {
      Object result = c.program().get().eval(vars);
      if (result instanceof Boolean b) {
        return b ? new RuleOutcome.Passed() : new RuleOutcome.Failed();
      }
      List<String> missing =
          FEATURES.stream()
              .filter(name -> !variables.containsKey(name))
              .filter(name -> Pattern.compile("\\b" + name + "\\b").matcher(expression).find())
              .toList();
      if (!missing.isEmpty()) {
        return new RuleOutcome.Broken(
            productCode + ": the rule reads " + missing + ", missing for this customer");
      }
      return new RuleOutcome.Broken(productCode + ": the rule gave " + result + ", not true/false");
    } catch (CelEvaluationException e) {
      return new RuleOutcome.Broken(productCode + ": " + missing(e.getMessage()));
    } catch (RuntimeException e) {
      return new RuleOutcome.Broken(productCode + ": " + e.getMessage());
    }
  }

  /**
   * Whole numbers as CEL ints, so that {@code max_overdue_days == 0} compares like with like; other
   * numbers as doubles (CEL orders ints and doubles against each other).
   */
  private static Object number(Object value) {
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return d.longValue();
    }
    return value;
  }

  private static String missing(String message) {
    if (message != null && message.contains("No value with name")) {
      return "a feature the rule reads is missing for this customer (" + message + ")";
    }
    return message;
  }

  /** Rules compiled and kept now. */
  int cached() {
    return cache.size();
  }

  private Compiled compile(String expression) {
    if (cache.size() >= CACHE_LIMIT && !cache.containsKey(expression)) {
      cache.clear();
    }
    return cache.computeIfAbsent(
        expression,
        e -> {
          try {
            CelAbstractSyntaxTree ast = compiler.compile(e).getAst();
            return new Compiled(Optional.of(runtime.createProgram(ast)), "");
          } catch (CelValidationException ex) {
            String errors =
                ex.getErrors().stream()
                    .map(CelEligibility::issue)
                    .collect(Collectors.joining(" | "));
            return new Compiled(Optional.empty(), "'" + e + "': " + errors);
          } catch (CelEvaluationException ex) {
            return new Compiled(Optional.empty(), "'" + e + "': " + ex.getMessage());
          }
        });
  }

  private static String issue(CelIssue issue) {
    var at = issue.getSourceLocation();
    return at.getLine() + ":" + (at.getColumn() + 1) + " " + issue.getMessage();
  }
}
