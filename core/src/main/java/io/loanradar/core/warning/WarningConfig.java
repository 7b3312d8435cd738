package io.loanradar.core.warning;

import io.loanradar.core.customer.RelationType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configurable parts of early warning: signal thresholds and severities, the points per
 * severity and the points each risk grade starts at, when an alert is raised, how contagion decays
 * along each kind of relation, the five-category thresholds, and the post-loan plan per grade.
 * Defaults are documented in {@code docs/warning-signals.md}.
 *
 * @param signals the setting of every signal of the library, by code
 * @param points risk points a hit of each severity adds
 * @param gradeFrom the points grades 2, 3, 4 and 5 start at, rising
 * @param alertFromGrade the lowest risk grade that raises an alert
 * @param contagion how contagion spreads
 * @param fiveCategory the five-category rules' parameters
 * @param plans the post-loan plan of each grade 1–5
 */
public record WarningConfig(
    Map<String, SignalSetting> signals,
    Map<Severity, Integer> points,
    List<Integer> gradeFrom,
    int alertFromGrade,
    ContagionRules contagion,
    FiveCategoryRules fiveCategory,
    List<PostLoanPlan> plans) {

  /**
   * Checks and copies.
   *
   * @throws IllegalArgumentException naming the part that is wrong
   */
  public WarningConfig {
    for (String code : signals.keySet()) {
      if (SignalLibrary.find(code).isEmpty()) {
        throw new IllegalArgumentException("warning config: unknown signal code " + code);
      }
    }
    for (Severity s : Severity.values()) {
      Integer p = points.get(s);
      if (p == null || p < 0) {
        throw new IllegalArgumentException("warning config: points for " + s + " missing or < 0");
      }
    }
    if (gradeFrom.size() != 4) {
      throw new IllegalArgumentException(
          "warning config: grade-from needs 4 values (grades 2-5), got " + gradeFrom);
    }
    for (int i = 0; i < 4; i++) {
      if (gradeFrom.get(i) < 1 || (i > 0 && gradeFrom.get(i) <= gradeFrom.get(i - 1))) {
        throw new IllegalArgumentException(
            "warning config: grade-from must rise from at least 1: " + gradeFrom);
      }
    }
    if (alertFromGrade < 2 || alertFromGrade > 5) {
      throw new IllegalArgumentException(
          "warning config: alert-from-grade must be 2-5: " + alertFromGrade);
    }
    if (plans.size() != 5) {
      throw new IllegalArgumentException("warning config: needs a post-loan plan per grade 1-5");
    }
    for (int i = 0; i < 5; i++) {
      if (plans.get(i).grade() != i + 1) {
        throw new IllegalArgumentException(
            "warning config: post-loan plans must be for grades 1-5 in order");
      }
    }
    signals = Map.copyOf(signals);
    points = Map.copyOf(new EnumMap<>(points));
    gradeFrom = List.copyOf(gradeFrom);
    plans = List.copyOf(plans);
  }

  /** The documented defaults. */
  public static WarningConfig defaults() {
    Map<String, SignalSetting> signals = new LinkedHashMap<>();
    SignalLibrary.all().forEach(s -> signals.put(s.code(), s.defaults()));
    Map<Severity, Integer> points = new EnumMap<>(Severity.class);
    points.put(Severity.LOW, 1);
    points.put(Severity.MEDIUM, 3);
    points.put(Severity.HIGH, 6);
    points.put(Severity.CRITICAL, 12);
    return new WarningConfig(
        signals,
        points,
        List.of(1, 7, 10, 13),
        3,
        ContagionRules.defaults(),
        FiveCategoryRules.defaults(),
        List.of(
            new PostLoanPlan(1, "常规贷后检查", "routine post-loan check", 180),
            new PostLoanPlan(2, "季度检查报表与流水", "review statements and flows every quarter", 90),
            new PostLoanPlan(
                3,
                "月度回访,复核报表与流水,核查抵质押物",
                "monthly visit, review statements and flows, check collateral",
                30),
            new PostLoanPlan(
                4,
                "两周内实地走访,冻结未用额度,核查抵质押物",
                "on-site visit within two weeks, freeze unused limits, check collateral",
                14),
            new PostLoanPlan(
                5,
                "立即冻结额度,启动清收与保全措施,每周跟进",
                "freeze limits now, start recovery and preservation, follow up weekly",
                7)));
  }

  /**
   * A copy with one signal's setting replaced.
   *
   * @throws IllegalArgumentException when no signal has the code
   */
  public WarningConfig withSignal(String code, SignalSetting setting) {
    if (SignalLibrary.find(code).isEmpty()) {
      throw new IllegalArgumentException("warning config: unknown signal code " + code);
    }
    Map<String, SignalSetting> copy = new LinkedHashMap<>(signals);
    copy.put(code, setting);
    return new WarningConfig(
        copy, points, gradeFrom, alertFromGrade, contagion, fiveCategory, plans);
  }

  /** A copy with other grade thresholds and alert grade. */
  public WarningConfig withGrades(List<Integer> gradeFrom, int alertFromGrade) {
    return new WarningConfig(
        signals, points, gradeFrom, alertFromGrade, contagion, fiveCategory, plans);
  }

  /** The setting of a signal: the configured one, else the signal's defaults. */
  public SignalSetting setting(Signal signal) {
    return signals.getOrDefault(signal.code(), signal.defaults());
  }

  /** The risk grade 1–5 for a number of risk points. */
  public int grade(int riskPoints) {
    int grade = 1;
    for (int i = 0; i < gradeFrom.size(); i++) {
      if (riskPoints >= gradeFrom.get(i)) {
        grade = i + 2;
      }
    }
    return grade;
  }

  /** The severity of an alert for a risk grade: 2 LOW, 3 MEDIUM, 4 HIGH, 5 CRITICAL. */
  public static Severity severityOf(int grade) {
    if (grade >= 5) {
      return Severity.CRITICAL;
    }
    if (grade == 4) {
      return Severity.HIGH;
    }
    return grade == 3 ? Severity.MEDIUM : Severity.LOW;
  }

  /** The post-loan plan of a grade. */
  public PostLoanPlan plan(int grade) {
    return plans.get(Math.max(1, Math.min(5, grade)) - 1);
  }

  /**
   * How trouble on one debtor spreads to related debtors.
   *
   * @param towardsFrom decay when trouble at a relation's {@code to} party reaches its {@code from}
   *     party (e.g. the guaranteed party's trouble reaching the guarantor), 0–1 by type
   * @param towardsTo decay in the other direction, 0–1 by type
   * @param fromGrade the lowest own risk grade of a debtor that spreads trouble
   * @param minPoints the least propagated risk points worth a contagion hit
   * @param maxHops how many relations a path may cross
   * @param maxSeverity the most severe a contagion hit may be, however many points arrive
   */
  public record ContagionRules(
      Map<RelationType, Double> towardsFrom,
      Map<RelationType, Double> towardsTo,
      int fromGrade,
      double minPoints,
      int maxHops,
      Severity maxSeverity) {

    /**
     * @throws IllegalArgumentException when a decay is outside 0–1 or a limit is out of range
     */
    public ContagionRules {
      for (RelationType t : RelationType.values()) {
        check(towardsFrom.get(t), t);
        check(towardsTo.get(t), t);
      }
      if (fromGrade < 2
          || fromGrade > 5
          || maxHops < 1
          || maxHops > 4
          || !(minPoints > 0)
          || maxSeverity == null) {
        throw new IllegalArgumentException(
            "contagion: from-grade 2-5, max-hops 1-4, min-points > 0 and a max severity required");
      }
      towardsFrom = Map.copyOf(new EnumMap<>(towardsFrom));
      towardsTo = Map.copyOf(new EnumMap<>(towardsTo));
    }

    private static void check(Double decay, RelationType type) {
      if (decay == null || decay < 0 || decay > 1) {
        throw new IllegalArgumentException(
            "contagion: decay for " + type + " missing or outside 0-1: " + decay);
      }
    }

    /** The documented defaults. */
    public static ContagionRules defaults() {
      Map<RelationType, Double> up = new EnumMap<>(RelationType.class);
      Map<RelationType, Double> down = new EnumMap<>(RelationType.class);
      up.put(RelationType.GUARANTEES, 0.7); // the guaranteed party's trouble hits its guarantor
      down.put(RelationType.GUARANTEES, 0.3);
      up.put(RelationType.GROUP_MEMBER, 0.5);
      down.put(RelationType.GROUP_MEMBER, 0.5);
      up.put(RelationType.SAME_CONTROLLER, 0.5);
      down.put(RelationType.SAME_CONTROLLER, 0.5);
      up.put(RelationType.SUPPLIES, 0.5); // a buyer's trouble hits its supplier's receivables
      down.put(RelationType.SUPPLIES, 0.3);
      up.put(RelationType.SHAREHOLDER, 0.4);
      down.put(RelationType.SHAREHOLDER, 0.4);
      return new ContagionRules(up, down, 4, 3, 2, Severity.MEDIUM);
    }
  }
}
