package io.loanradar.core.feature;

import static io.loanradar.core.feature.FeatureValues.growth;

import io.loanradar.core.event.Event;
import io.loanradar.core.event.EventType;
import io.loanradar.core.finance.TaxRecord;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Event counts and sentiment, invoiced-sales growth, registry facts and relationship years. */
final class ActivityFeatures {

  private static final int SENTIMENT_DAYS = 90;
  private static final double DAYS_PER_YEAR = 365.25;

  private ActivityFeatures() {}

  static void compute(Known known, FeatureValues out) {
    events(known.asOf(), known.events(), out);
    out.put(FeatureNames.INVOICED_SALES_YOY, invoicedSalesGrowth(known.asOf(), known.tax()));
    known
        .enterprise()
        .registeredCapital()
        .ifPresent(c -> out.put(FeatureNames.REGISTERED_CAPITAL, c.doubleValue()));
    known.enterprise().employees().ifPresent(e -> out.put(FeatureNames.EMPLOYEES, e));
    known
        .enterprise()
        .relationshipSince()
        .filter(since -> !since.isAfter(known.asOf()))
        .ifPresent(
            since ->
                out.put(
                    FeatureNames.RELATIONSHIP_YEARS,
                    ChronoUnit.DAYS.between(since, known.asOf()) / DAYS_PER_YEAR));
  }

  private static void events(LocalDate asOf, List<Event> events, FeatureValues out) {
    for (EventType type : EventType.values()) {
      for (int days : FeatureNames.EVENT_WINDOWS_DAYS) {
        LocalDate from = asOf.minusDays(days - 1L);
        long count =
            events.stream()
                .filter(e -> e.type() == type && !e.occurredAt().toLocalDate().isBefore(from))
                .count();
        out.put(FeatureNames.events(type, days), count);
      }
    }
    LocalDate from = asOf.minusDays(SENTIMENT_DAYS - 1L);
    List<Double> sentiments =
        events.stream()
            .filter(e -> !e.occurredAt().toLocalDate().isBefore(from))
            .sorted((a, b) -> a.eventId().compareTo(b.eventId()))
            .flatMap(e -> e.sentiment().stream())
            .map(s -> s.doubleValue())
            .toList();
    if (!sentiments.isEmpty()) {
      out.put(
          FeatureNames.NET_SENTIMENT_90D,
          sentiments.stream().mapToDouble(Double::doubleValue).sum());
    }
  }

  /**
   * The last twelve tax months ended by {@code asOf} against the twelve before; empty unless all 24
   * months report invoiced sales.
   */
  private static OptionalDouble invoicedSalesGrowth(LocalDate asOf, List<TaxRecord> tax) {
    Map<YearMonth, Double> sales = new TreeMap<>();
    tax.forEach(
        t -> t.invoicedSales().ifPresent(s -> sales.put(t.period(), s.yuan().doubleValue())));
    YearMonth lastEnded = YearMonth.from(asOf.plusDays(1)).minusMonths(1);
    OptionalDouble recent = yearOf(sales, lastEnded);
    OptionalDouble before = yearOf(sales, lastEnded.minusMonths(12));
    return growth(recent, before);
  }

  private static OptionalDouble yearOf(Map<YearMonth, Double> sales, YearMonth last) {
    double total = 0;
    for (int i = 0; i < 12; i++) {
      Double month = sales.get(last.minusMonths(i));
      if (month == null) {
        return OptionalDouble.empty();
      }
      total += month;
    }
    return OptionalDouble.of(total);
  }
}
