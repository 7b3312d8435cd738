package io.loanradar.core.warning;

import static io.loanradar.core.warning.Facts.num;
import static io.loanradar.core.warning.LibrarySignal.found;

import io.loanradar.core.event.Event;
import io.loanradar.core.event.EventType;
import io.loanradar.core.feature.FeatureNames;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/** Signals from court, registry, regulator and news events. */
final class EventSignals {

  private EventSignals() {}

  static List<Signal> all() {
    SignalFamily c = SignalFamily.COURT_REGISTRY;
    return List.of(
        counted(
            "COURT_LITIGATION",
            c,
            "涉诉",
            "Litigation",
            Set.of(EventType.LITIGATION),
            180,
            1,
            Severity.LOW),
        counted(
            "COURT_ENFORCEMENT",
            c,
            "被强制执行",
            "Enforcement",
            Set.of(EventType.ENFORCEMENT),
            365,
            1,
            Severity.HIGH),
        counted(
            "COURT_DISHONEST",
            c,
            "列入失信被执行人",
            "Listed as a dishonest debtor",
            Set.of(EventType.DISHONEST_DEBTOR),
            730,
            1,
            Severity.CRITICAL),
        counted(
            "REG_PENALTY",
            c,
            "行政处罚",
            "Administrative penalty",
            Set.of(EventType.PENALTY),
            180,
            1,
            Severity.MEDIUM),
        counted(
            "REG_CAPITAL_DECREASE",
            c,
            "减少注册资本",
            "Capital decrease",
            Set.of(EventType.CAPITAL_DECREASE),
            365,
            1,
            Severity.MEDIUM),
        counted(
            "REG_CONTROL_CHANGE",
            c,
            "法定代表人或股东频繁变更",
            "Legal representative or shareholders changing",
            Set.of(EventType.EXEC_CHANGE, EventType.SHAREHOLDER_CHANGE),
            180,
            2,
            Severity.LOW),
        counted(
            "NEWS_NEGATIVE",
            SignalFamily.NEWS,
            "负面舆情",
            "Negative news",
            Set.of(EventType.NEGATIVE_NEWS),
            90,
            1,
            Severity.LOW),
        new LibrarySignal(
            "NEWS_SENTIMENT",
            SignalFamily.NEWS,
            "舆情情绪显著为负",
            "Markedly negative sentiment",
            "the sum of event sentiments of the last 90 days is at or below minus the threshold"
                + " (sentiment sum, default 1.5)",
            SignalSetting.of(1.5, Severity.MEDIUM),
            EventSignals::sentiment));
  }

  private static LibrarySignal counted(
      String code,
      SignalFamily family,
      String zh,
      String en,
      Set<EventType> types,
      int days,
      int count,
      Severity severity) {
    String names = types.stream().map(EventType::name).sorted().collect(Collectors.joining(" or "));
    return new LibrarySignal(
        code,
        family,
        zh,
        en,
        "at least the threshold "
            + names
            + " events in the last "
            + days
            + " days (count, default "
            + count
            + ")",
        SignalSetting.of(count, severity),
        (f, t) -> {
          List<Event> hits =
              types.stream()
                  .flatMap(type -> f.eventsWithin(type, days).stream())
                  .sorted(java.util.Comparator.comparing(Event::occurredAt))
                  .toList();
          if (hits.isEmpty() || hits.size() < t) {
            return Optional.empty();
          }
          Event last = hits.get(hits.size() - 1);
          String title = last.title().map(s -> ":" + s).orElse("");
          String amount = last.amount().map(a -> "(" + Facts.wan(a.yuan()) + ")").orElse("");
          String amountEn = last.amount().map(a -> " (" + Facts.cny(a.yuan()) + ")").orElse("");
          return found(
              last.occurredAt().toLocalDate(),
              "近"
                  + days
                  + "天"
                  + zh
                  + hits.size()
                  + "次,最近"
                  + last.occurredAt().toLocalDate()
                  + title
                  + amount,
              hits.size()
                  + " "
                  + names
                  + " event(s) in "
                  + days
                  + " days, latest on "
                  + last.occurredAt().toLocalDate()
                  + last.title().map(s -> ": " + s).orElse("")
                  + amountEn);
        });
  }

  private static Optional<LibrarySignal.Evidence> sentiment(Facts f, double t) {
    OptionalDouble net = f.features().get(FeatureNames.NET_SENTIMENT_90D);
    if (net.isEmpty() || net.getAsDouble() > -t) {
      return Optional.empty();
    }
    long negative =
        f.events().stream()
            .filter(e -> !e.occurredAt().toLocalDate().isBefore(f.asOf().minusDays(89)))
            .filter(e -> e.sentiment().map(s -> s.compareTo(BigDecimal.ZERO) < 0).orElse(false))
            .count();
    return found(
        f.asOf(),
        f.asOf().minusDays(89)
            + "~"
            + f.asOf()
            + "舆情情绪合计"
            + num(net.getAsDouble())
            + "(负面"
            + negative
            + "条)",
        "net sentiment "
            + f.asOf().minusDays(89)
            + "~"
            + f.asOf()
            + " "
            + num(net.getAsDouble())
            + " ("
            + negative
            + " negative items)");
  }
}
