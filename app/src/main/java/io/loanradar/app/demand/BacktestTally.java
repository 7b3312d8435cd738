package io.loanradar.app.demand;

import io.loanradar.core.demand.Scenario;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores replayed detections against what happened. Detections of one enterprise and scenario form
 * episodes, as opportunities would: an episode opens at the first detection and ends when the
 * scenario has not been detected for {@link #EPISODE_GAP_DAYS} days.
 *
 * <ul>
 *   <li>Against stories (truth.csv): a story of the scenario is found when an episode of its
 *       enterprise starts between {@link #EARLY_DAYS} days before its first signal and its need
 *       date (the loan's start, or the signal plus {@link #HORIZON_DAYS} days when there was none);
 *       recall = stories found / stories whose need date lies in the back-test window and whose
 *       first signal does not come before it (a replay that starts later never saw such a story
 *       begin: it is counted apart, neither found nor missed); precision = episodes that found a
 *       story / episodes; lead = need date − the episode's start.
 *   <li>Against loans (loans.csv): an episode is confirmed when the enterprise starts a loan of a
 *       product serving the scenario (any product when the product is unknown) between the
 *       episode's start and {@link #HORIZON_DAYS} days after its last detection.
 *   <li>Precision, by story and by loan, counts only episodes that began at least {@link
 *       #HORIZON_DAYS} days before the day outcomes are known until (the latest loan observation):
 *       a later one may yet be followed by its story or loan, so it is neither hit nor miss. It
 *       still counts as found for recall when it covers a story.
 * </ul>
 */
final class BacktestTally {

  static final int EPISODE_GAP_DAYS = 60;
  static final int HORIZON_DAYS = 120;
  static final int EARLY_DAYS = 90;

  /** A planted story or a known need. */
  record Story(String enterpriseId, Scenario scenario, LocalDate signalFrom, LocalDate needOn) {}

  /** A loan that started, with the scenarios its product serves (empty: unknown). */
  record StartedLoan(String enterpriseId, LocalDate start, Set<Scenario> serves) {}

  /** Detections replayed at one step date. */
  record Episode(String enterpriseId, Scenario scenario, LocalDate first, LocalDate last) {}

  /**
   * The figures of one scenario.
   *
   * @param episodes opportunities the detector would have opened
   * @param judged those old enough to judge for precision
   * @param stories stories of the scenario in the window, begun in it (0 without truth)
   * @param begunBefore stories whose need lies in the window but whose first signal came before it
   * @param found stories found
   * @param episodesOnStory judged episodes that found a story
   * @param confirmedByLoan judged episodes followed by a matching loan
   * @param leadDays lead times of found stories, days
   * @param loanLeadDays days from the episode's start to the confirming loan
   */
  record Figures(
      int episodes,
      int judged,
      int stories,
      int begunBefore,
      int found,
      int episodesOnStory,
      int confirmedByLoan,
      List<Long> leadDays,
      List<Long> loanLeadDays) {

    double recall() {
      return stories == 0 ? Double.NaN : (double) found / stories;
    }

    double precision() {
      return judged == 0 ? Double.NaN : (double) episodesOnStory / judged;
    }

    double loanPrecision() {
      return judged == 0 ? Double.NaN : (double) confirmedByLoan / judged;
    }

    double medianLead() {
      return median(leadDays);
    }

    double medianLoanLead() {
      return median(loanLeadDays);
    }
  }

  private final Map<String, Map<Scenario, List<Episode>>> episodes = new TreeMap<>();

  /** Records that the scenario was detected for the enterprise at a step date (in date order). */
  void detected(String enterpriseId, Scenario scenario, LocalDate on) {
    List<Episode> list =
        episodes
            .computeIfAbsent(enterpriseId, k -> new EnumMap<>(Scenario.class))
            .computeIfAbsent(scenario, k -> new ArrayList<>());
    if (!list.isEmpty()) {
      Episode last = list.get(list.size() - 1);
      if (ChronoUnit.DAYS.between(last.last(), on) <= EPISODE_GAP_DAYS) {
        list.set(list.size() - 1, new Episode(enterpriseId, scenario, last.first(), on));
        return;
      }
    }
    list.add(new Episode(enterpriseId, scenario, on, on));
  }

  /**
   * One episode as it was judged.
   *
   * @param foundStory whether it found a story of its scenario
   * @param loanStart the start of the loan that confirmed it, or null
   */
  record Judged(Episode episode, boolean foundStory, LocalDate loanStart) {}

  /** Every episode, in enterprise and scenario order, judged against stories and loans. */
  List<Judged> judged(List<Story> stories, List<StartedLoan> loans) {
    List<Judged> out = new ArrayList<>();
    for (Episode e : episodes()) {
      boolean found =
          stories.stream()
              .anyMatch(
                  t ->
                      t.scenario() == e.scenario()
                          && t.enterpriseId().equals(e.enterpriseId())
                          && covers(e, t));
      out.add(new Judged(e, found, confirmingLoan(e, loans)));
    }
    return out;
  }

  private static LocalDate confirmingLoan(Episode e, List<StartedLoan> loans) {
    LocalDate until = e.last().plusDays(HORIZON_DAYS);
    return loans.stream()
        .filter(l -> l.enterpriseId().equals(e.enterpriseId()))
        .filter(l -> l.serves().isEmpty() || l.serves().contains(e.scenario()))
        .filter(l -> !l.start().isBefore(e.first()) && !l.start().isAfter(until))
        .map(StartedLoan::start)
        .min(LocalDate::compareTo)
        .orElse(null);
  }

  List<Episode> episodes() {
    List<Episode> out = new ArrayList<>();
    episodes.values().forEach(m -> m.values().forEach(out::addAll));
    return out;
  }

  /** Whether an episode began long enough before {@code outcomesUntil} to be judged. */
  static boolean judgeable(Episode e, LocalDate outcomesUntil) {
    return !e.first().plusDays(HORIZON_DAYS).isAfter(outcomesUntil);
  }

  /** The figures per scenario, outcomes being known until {@code outcomesUntil}. */
  Map<Scenario, Figures> figures(
      LocalDate from,
      LocalDate to,
      List<Story> stories,
      List<StartedLoan> loans,
      LocalDate outcomesUntil) {
    Map<Scenario, Figures> out = new EnumMap<>(Scenario.class);
    List<Episode> all = episodes();
    for (Scenario s : Scenario.values()) {
      List<Episode> mine = all.stream().filter(e -> e.scenario() == s).toList();
      List<Story> needed =
          stories.stream()
              .filter(t -> t.scenario() == s)
              .filter(t -> !t.needOn().isBefore(from) && !t.needOn().isAfter(to))
              .toList();
      List<Story> inWindow = needed.stream().filter(t -> !t.signalFrom().isBefore(from)).toList();
      int found = 0;
      List<Long> lead = new ArrayList<>();
      for (Story t : inWindow) {
        mine.stream()
            .filter(e -> e.enterpriseId().equals(t.enterpriseId()))
            .filter(e -> covers(e, t))
            .map(Episode::first)
            .min(LocalDate::compareTo)
            .ifPresent(first -> lead.add(ChronoUnit.DAYS.between(first, t.needOn())));
      }
      found = lead.size();
      int onStory = 0;
      int confirmed = 0;
      int judged = 0;
      List<Long> loanLead = new ArrayList<>();
      for (Episode e : mine) {
        if (!judgeable(e, outcomesUntil)) {
          continue;
        }
        judged++;
        if (stories.stream()
            .anyMatch(
                t ->
                    t.scenario() == s
                        && t.enterpriseId().equals(e.enterpriseId())
                        && covers(e, t))) {
          onStory++;
        }
        LocalDate start = confirmingLoan(e, loans);
        if (start != null) {
          loanLead.add(ChronoUnit.DAYS.between(e.first(), start));
        }
      }
      confirmed = loanLead.size();
      out.put(
          s,
          new Figures(
              mine.size(),
              judged,
              inWindow.size(),
              needed.size() - inWindow.size(),
              found,
              onStory,
              confirmed,
              lead,
              loanLead));
    }
    return out;
  }

  private static boolean covers(Episode e, Story t) {
    return !e.first().isBefore(t.signalFrom().minusDays(EARLY_DAYS))
        && !e.first().isAfter(t.needOn());
  }

  static double median(List<Long> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Long> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }
}
