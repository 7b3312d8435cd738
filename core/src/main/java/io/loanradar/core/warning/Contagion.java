package io.loanradar.core.warning;

import io.loanradar.core.customer.Relation;
import io.loanradar.core.customer.RelationType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 风险传导 — trouble on a debtor spreads to related debtors: a source of at least the configured grade
 * passes its own risk points along each relation, multiplied by the relation type's decay (and by
 * the relation's weight when given) at every hop, up to the configured number of hops. Each reached
 * debtor keeps the strongest path; the hit's evidence spells the path out. Sources spread only
 * their own signals, so contagion never feeds on itself.
 */
final class Contagion {

  private final WarningConfig config;

  Contagion(WarningConfig config) {
    this.config = config;
  }

  /** One step along a relation: who it reaches, how much survives, and how to say it. */
  private record Edge(String to, double decay, String roleZh, String roleEn) {}

  /** A debtor reached on a path from a source, with what is left of the source's points. */
  private record Step(
      String at, double points, List<String> pathZh, List<String> pathEn, int hops) {
    boolean visited(String id) {
      return pathZh.stream().anyMatch(p -> p.endsWith(")" + id) || p.startsWith(id + "("));
    }
  }

  /** The best path found to a debtor. */
  private record Reach(double points, List<String> pathZh, List<String> pathEn, String source) {}

  List<Assessment> spread(List<Assessment> own, List<Relation> relations) {
    if (own.isEmpty()) {
      return own;
    }
    LocalDate asOf = own.get(0).asOf();
    Map<String, Assessment> byId = new HashMap<>();
    own.forEach(a -> byId.put(a.enterpriseId().value(), a));
    Map<String, List<Edge>> edges = edges(relations, byId, asOf);
    WarningConfig.ContagionRules rules = config.contagion();
    Map<String, Reach> best = new HashMap<>();
    for (Assessment source : own) {
      if (source.riskGrade() < rules.fromGrade()) {
        continue;
      }
      String id = source.enterpriseId().value();
      String label = id + "(风险等级" + source.riskGrade() + ":" + topCodes(source) + ")";
      String labelEn = id + " (risk grade " + source.riskGrade() + ": " + topCodes(source) + ")";
      Deque<Step> queue = new ArrayDeque<>();
      queue.add(new Step(id, source.riskPoints(), List.of(label), List.of(labelEn), 0));
      while (!queue.isEmpty()) {
        Step q = queue.poll();
        if (q.hops() >= rules.maxHops()) {
          continue;
        }
        for (Edge e : edges.getOrDefault(q.at(), List.of())) {
          double left = q.points() * e.decay();
          if (left < rules.minPoints() || e.to().equals(id) || q.visited(e.to())) {
            continue;
          }
          List<String> zh = append(q.pathZh(), "→(" + e.roleZh() + ")" + e.to());
          List<String> en = append(q.pathEn(), "→ (" + e.roleEn() + ") " + e.to());
          Reach r = best.get(e.to());
          if (r == null || r.points() < left) {
            best.put(e.to(), new Reach(left, zh, en, id));
          }
          queue.add(new Step(e.to(), left, zh, en, q.hops() + 1));
        }
      }
    }
    List<Assessment> out = new ArrayList<>(own.size());
    for (Assessment a : own) {
      Reach r = best.get(a.enterpriseId().value());
      out.add(r == null ? a : a.with(hit(r, asOf), config));
    }
    return out;
  }

  private SignalHit hit(Reach r, LocalDate asOf) {
    Severity severity = Severity.LOW;
    for (Severity s : Severity.values()) {
      if (r.points() >= config.points().get(s)
          && s.compareTo(config.contagion().maxSeverity()) <= 0) {
        severity = s;
      }
    }
    String strength = String.format(Locale.ROOT, "%.1f", r.points());
    return new SignalHit(
        SignalLibrary.CONTAGION,
        severity,
        asOf,
        asOf + "关联方风险传导:" + String.join("", r.pathZh()) + ",传导风险分" + strength,
        "contagion as of "
            + asOf
            + " from a related party: "
            + String.join(" ", r.pathEn())
            + ", risk points "
            + strength);
  }

  private static List<String> append(List<String> path, String step) {
    List<String> copy = new ArrayList<>(path);
    copy.add(step);
    return List.copyOf(copy);
  }

  private static String topCodes(Assessment a) {
    return a.hits().stream().limit(3).map(SignalHit::code).collect(Collectors.joining("、"));
  }

  private Map<String, List<Edge>> edges(
      List<Relation> relations, Map<String, Assessment> debtors, LocalDate asOf) {
    WarningConfig.ContagionRules rules = config.contagion();
    Map<String, List<Edge>> edges = new HashMap<>();
    for (Relation r : relations) {
      if (!debtors.containsKey(r.from()) || !debtors.containsKey(r.to())) {
        continue;
      }
      if (r.since().map(s -> s.isAfter(asOf)).orElse(false)) {
        continue;
      }
      double weight = r.weight().map(BigDecimal::doubleValue).orElse(1.0);
      String[] up = roleOfFrom(r.type());
      String[] down = roleOfTo(r.type());
      edges
          .computeIfAbsent(r.to(), k -> new ArrayList<>())
          .add(new Edge(r.from(), rules.towardsFrom().get(r.type()) * weight, up[0], up[1]));
      edges
          .computeIfAbsent(r.from(), k -> new ArrayList<>())
          .add(new Edge(r.to(), rules.towardsTo().get(r.type()) * weight, down[0], down[1]));
    }
    return edges;
  }

  /** What the relation's {@code from} party is to its {@code to} party. */
  private static String[] roleOfFrom(RelationType type) {
    switch (type) {
      case GUARANTEES:
        return new String[] {"为其担保", "its guarantor"};
      case SUPPLIES:
        return new String[] {"其供应商", "its supplier"};
      case SHAREHOLDER:
        return new String[] {"其股东", "its shareholder"};
      case GROUP_MEMBER:
        return new String[] {"同集团", "same group"};
      default:
        return new String[] {"同一实控人", "same controller"};
    }
  }

  /** What the relation's {@code to} party is to its {@code from} party. */
  private static String[] roleOfTo(RelationType type) {
    switch (type) {
      case GUARANTEES:
        return new String[] {"其被担保方", "the party it guarantees"};
      case SUPPLIES:
        return new String[] {"其客户", "its buyer"};
      case SHAREHOLDER:
        return new String[] {"其投资企业", "its investee"};
      case GROUP_MEMBER:
        return new String[] {"同集团", "same group"};
      default:
        return new String[] {"同一实控人", "same controller"};
    }
  }
}
