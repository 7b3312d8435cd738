package io.loanradar.app.cli;

import io.loanradar.app.demand.AnalystRules;
import java.util.List;
import java.util.Locale;

/** Prints what the analyst trigger rules did in a run, and the rules left out. */
final class RuleLines {

  private RuleLines() {}

  static void print(AnalystRules rules, List<AnalystRules.Count> counts) {
    for (String problem : rules.problems()) {
      System.out.println("规则未启用 analyst rule left out: " + problem);
    }
    for (AnalystRules.Count c : counts) {
      AnalystRules.Rule rule =
          rules.rules().stream().filter(r -> r.name().equals(c.rule())).findFirst().orElseThrow();
      System.out.printf(
          Locale.ROOT,
          "规则 analyst rule %s (%s %s): applied %,d times, %,d evaluation errors%s%n",
          c.rule(),
          rule.action(),
          rule.scenario(),
          c.applied(),
          c.errors(),
          c.firstError().map(e -> ", first: " + e).orElse(""));
    }
  }
}
