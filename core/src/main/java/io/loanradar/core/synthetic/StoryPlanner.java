package io.loanradar.core.synthetic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plants the ground truth: picks about 30% of customers for a story, dates its first signal and its
 * outcome inside the window, and sets the terms of the loan that is the outcome.
 */
final class StoryPlanner {

  private final List<Enterprise> firms;
  private final Structure structure;
  private final Window window;
  private final SplittableRandom rng;
  private final List<Story> stories = new ArrayList<>();
  private final List<List<Story>> byFirm;
  private final LoanTerms terms;

  private StoryPlanner(
      List<Enterprise> firms, Structure structure, Window window, SplittableRandom rng) {
    this.firms = firms;
    this.structure = structure;
    this.window = window;
    this.rng = rng;
    this.byFirm = new ArrayList<>(Collections.nCopies(firms.size(), List.of()));
    this.terms = new LoanTerms(window, rng);
  }

  /** The stories, in story-id order, and per customer. */
  record Plan(List<Story> stories, List<List<Story>> byFirm) {
    List<Story> of(int index) {
      return byFirm.get(index);
    }
  }

  static Plan plan(
      List<Enterprise> firms, Structure structure, Window window, SplittableRandom rng) {
    StoryPlanner p = new StoryPlanner(firms, structure, window, rng);
    for (Enterprise e : firms) {
      StoryKind kind = p.roll(e);
      Story s = kind == null ? null : p.story(e, kind);
      if (s != null) {
        p.add(s);
      }
    }
    p.spreadContagion();
    return new Plan(List.copyOf(p.stories), p.byFirm);
  }

  private StoryKind roll(Enterprise e) {
    if (supplierCore(e.index()) >= 0 && rng.nextDouble() < 0.35) {
      return StoryKind.SUPPLY_CHAIN;
    }
    boolean related =
        !structure.groupMembers(e.index()).isEmpty() || !structure.linksOf(e.index()).isEmpty();
    double r = rng.nextDouble();
    double[] edges = {0.05, 0.08, 0.11, 0.14, 0.18, 0.21, related ? 0.28 : 0.245, 0.29};
    StoryKind[] kinds = {
      StoryKind.SEASONAL_PURCHASE,
      StoryKind.EXPANSION,
      StoryKind.EQUIPMENT_UPGRADE,
      StoryKind.LIQUIDITY_NEED,
      StoryKind.DIGITAL_INTENT,
      StoryKind.REFINANCE,
      StoryKind.DETERIORATION,
      StoryKind.NOISE
    };
    for (int k = 0; k < edges.length; k++) {
      if (r < edges[k]) {
        StoryKind kind = kinds[k];
        if (kind == StoryKind.SEASONAL_PURCHASE && e.industry().season() == Seasonality.FLAT) {
          return StoryKind.LIQUIDITY_NEED;
        }
        return kind;
      }
    }
    return null;
  }

  /** The core enterprise this customer supplies, or -1. */
  private int supplierCore(int index) {
    for (Structure.SupplyLink l : structure.linksOf(index)) {
      if (l.supplier() == index && l.buyer() == l.core()) {
        return l.core();
      }
    }
    return -1;
  }

  private void add(Story s) {
    stories.add(s);
    List<Story> list = byFirm.get(s.enterprise());
    if (list.isEmpty()) {
      list = new ArrayList<>(1);
      byFirm.set(s.enterprise(), list);
    }
    list.add(s);
  }

  private String nextId() {
    return "S" + Enterprise.pad(stories.size() + 1, 6);
  }

  private Story story(Enterprise e, StoryKind kind) {
    return switch (kind) {
      case DETERIORATION -> bad(e, kind, earliestSignal(), -1);
      case NOISE -> noise(e);
      case CONTAGION -> throw new IllegalStateException("contagion is spread, not rolled");
      default -> demand(e, kind);
    };
  }

  private LocalDate earliestSignal() {
    return window.start().plusMonths(3);
  }

  private Story demand(Enterprise e, StoryKind kind) {
    LocalDate start = kind == StoryKind.SEASONAL_PURCHASE ? seasonalStart(e) : null;
    if (start == null) {
      LocalDate from = window.start().plusMonths(5);
      start = Window.weekday(from.plusDays(rng.nextLong(daysBetween(from, window.end()) + 1)));
      if (kind == StoryKind.SEASONAL_PURCHASE) {
        kind = StoryKind.LIQUIDITY_NEED;
      }
    }
    LocalDate signal =
        kind == StoryKind.SEASONAL_PURCHASE
            ? YearMonth.from(start).minusMonths(1).atDay(1)
            : start.minusDays(30 + rng.nextInt(91));
    if (signal.isBefore(earliestSignal())) {
      signal = earliestSignal();
    }
    int related = kind == StoryKind.SUPPLY_CHAIN ? supplierCore(e.index()) : -1;
    long need = terms.need(e, kind, related < 0 ? null : firms.get(related), structure);
    String loanId = "L" + Enterprise.pad(e.index() + 1, 7) + "90";
    boolean converts = kind != StoryKind.DIGITAL_INTENT || rng.nextInt(100) < 65;
    if (!converts) {
      return new Story(
          nextId(), e.index(), kind, signal, null, "NONE", need, null, related, 0, null);
    }
    Story.Terms t = terms.demandLoan(e, kind, need, start);
    return new Story(
        nextId(),
        e.index(),
        kind,
        signal,
        start,
        "LOAN_STARTED",
        t.amount(),
        loanId,
        related,
        0,
        t);
  }

  private LocalDate seasonalStart(Enterprise e) {
    int peak = e.industry().season().peakMonth();
    LocalDate from = window.start().plusMonths(5);
    List<LocalDate> options = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(window.last()); m = m.plusMonths(1)) {
      int purchaseMonth = (peak + 10) % 12 + 1;
      if (m.getMonthValue() == purchaseMonth) {
        LocalDate day = Window.weekday(m.atDay(5 + rng.nextInt(20)));
        if (!day.isBefore(from)) {
          options.add(day);
        }
      }
    }
    return options.isEmpty() ? null : options.get(rng.nextInt(options.size()));
  }

  /** A deteriorating customer; {@code after} bounds the first signal from below. */
  private Story bad(Enterprise e, StoryKind kind, LocalDate after, int related) {
    long lead = 90 + rng.nextInt(181);
    LocalDate earliest = after.plusDays(lead);
    if (earliest.isAfter(window.end())) {
      return null;
    }
    LocalDate outcome = earliest.plusDays(rng.nextLong(daysBetween(earliest, window.end()) + 1));
    LocalDate signal = outcome.minusDays(lead);
    boolean defaulted = rng.nextInt(10) < 7;
    String loanId = "L" + Enterprise.pad(e.index() + 1, 7) + "91";
    Story.Terms t = terms.badLoan(e, signal, outcome, defaulted);
    return new Story(
        nextId(),
        e.index(),
        kind,
        signal,
        outcome,
        defaulted ? "DEFAULTED" : "OVERDUE_90",
        t.amount(),
        loanId,
        related,
        0,
        t);
  }

  private Story noise(Enterprise e) {
    LocalDate from = earliestSignal();
    LocalDate day =
        Window.weekday(from.plusDays(rng.nextLong(daysBetween(from, window.end()) + 1)));
    return new Story(
        nextId(), e.index(), StoryKind.NOISE, day, null, "NONE", 0, null, -1, rng.nextInt(4), null);
  }

  private void spreadContagion() {
    List<Story> bad = new ArrayList<>();
    for (Story s : stories) {
      if (s.kind() == StoryKind.DETERIORATION) {
        bad.add(s);
      }
    }
    for (Story s : bad) {
      if (s.outcomeOn().isAfter(window.end().minusDays(60))) {
        continue;
      }
      int victim = victimOf(s.enterprise());
      if (victim < 0) {
        continue;
      }
      LocalDate after = s.outcomeOn().plusDays(15 + rng.nextInt(46));
      Story c = bad(firms.get(victim), StoryKind.CONTAGION, after, s.enterprise());
      if (c == null) {
        c =
            new Story(
                nextId(),
                victim,
                StoryKind.CONTAGION,
                Window.weekday(after),
                null,
                "NONE",
                0,
                null,
                s.enterprise(),
                0,
                null);
      }
      add(c);
    }
  }

  private int victimOf(int defaulter) {
    List<Integer> candidates = new ArrayList<>();
    for (int[] g : structure.guarantees()) {
      if (g[1] == defaulter) {
        candidates.add(g[0]);
      }
    }
    candidates.addAll(structure.groupMembers(defaulter));
    for (Structure.SupplyLink l : structure.linksOf(defaulter)) {
      candidates.add(l.supplier() == defaulter ? l.buyer() : l.supplier());
    }
    for (int c : candidates) {
      if (c != defaulter && byFirm.get(c).isEmpty()) {
        return c;
      }
    }
    return -1;
  }

  static long daysBetween(LocalDate a, LocalDate b) {
    return Math.max(0, ChronoUnit.DAYS.between(a, b));
  }
}
