package io.loanradar.app.dashboard;

import io.loanradar.app.security.DataScope;
import io.loanradar.core.warning.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How fast alerts are answered, per severity, over every alert of the customers in scope:
 *
 * <ul>
 *   <li><b>time to acknowledge</b>: from the alert's creation to the first step a person took out
 *       of NEW (acknowledged, or dismissed as a false positive), as the alert's history records it;
 *   <li><b>time to resolve</b>: from creation to closing as RESOLVED (false positives are left
 *       out);
 *   <li><b>within SLA</b>: of the alerts whose acknowledgement deadline is decided (answered, or
 *       unanswered and past due), the share answered by the deadline in force ({@code sla_due_at});
 *   <li><b>open breaches</b>: alerts still NEW whose deadline has passed.
 * </ul>
 *
 * Medians and 90th percentiles interpolate between ranks (see {@link Percentiles}). The severity is
 * the alert's current one, after any escalation.
 */
@Service
class AlertResponseTimes {

  private final JdbcClient jdbc;

  AlertResponseTimes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The figures of one severity.
   *
   * @param severity the severity code
   * @param count alerts raised
   * @param open still open
   * @param acknowledged answered (the base of the acknowledgement percentiles)
   * @param ackMedian median time to acknowledge, null when none answered
   * @param ackP90 90th percentile time to acknowledge, null when none answered
   * @param resolved closed as resolved (the base of the resolution percentiles)
   * @param resolveMedian median time to resolve, null when none resolved
   * @param resolveP90 90th percentile time to resolve, null when none resolved
   * @param withinSla percent answered by the deadline, one decimal; null when no deadline is
   *     decided yet
   * @param openBreaches still NEW and past the deadline
   */
  record Figures(
      String severity,
      long count,
      long open,
      long acknowledged,
      Duration ackMedian,
      Duration ackP90,
      long resolved,
      Duration resolveMedian,
      Duration resolveP90,
      BigDecimal withinSla,
      long openBreaches) {

    /** A duration in hours with one decimal, null when none. */
    static BigDecimal hours(Duration d) {
      return d == null
          ? null
          : BigDecimal.valueOf(d.toMillis())
              .divide(BigDecimal.valueOf(Duration.ofHours(1).toMillis()), 1, RoundingMode.HALF_UP);
    }

    public BigDecimal ackMedianHours() {
      return hours(ackMedian);
    }

    public BigDecimal ackP90Hours() {
      return hours(ackP90);
    }

    public BigDecimal resolveMedianHours() {
      return hours(resolveMedian);
    }

    public BigDecimal resolveP90Hours() {
      return hours(resolveP90);
    }
  }

  private static final class Tally {
    long count;
    long open;
    long onTime;
    long late;
    long breaches;
    final List<Duration> ack = new ArrayList<>();
    final List<Duration> resolve = new ArrayList<>();
  }

  /**
   * The figures per severity, most severe first; every severity is listed, with zeros when it has
   * no alert.
   *
   * @param now the moment deadlines are judged against
   */
  List<Figures> bySeverity(DataScope scope, Instant now) {
    Map<Severity, Tally> tallies = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      tallies.put(s, new Tally());
    }
    jdbc.sql(
            "SELECT a.severity, a.status, a.created_at, a.sla_due_at, a.closed_at,"
                + " (SELECT MIN(v.happened_at) FROM warning_alert_event v"
                + " WHERE v.alert_id = a.alert_id AND v.kind = 'TRANSITION'"
                + " AND v.from_status = 'NEW') AS answered_at"
                + " FROM warning_alert a JOIN enterprise e ON e.enterprise_id = a.enterprise_id"
                + " WHERE "
                + scope.on("e"))
        .params(scope.binds())
        .query(
            rs -> {
              Tally t = tallies.get(Severity.valueOf(rs.getString(1)));
              String status = rs.getString(2);
              Instant created = rs.getTimestamp(3).toInstant();
              Instant due = rs.getTimestamp(4).toInstant();
              Instant closed = instant(rs.getTimestamp(5));
              Instant answered = instant(rs.getTimestamp(6));
              t.count++;
              boolean open = !"RESOLVED".equals(status) && !"FALSE_POSITIVE".equals(status);
              if (open) {
                t.open++;
              }
              if (answered != null) {
                t.ack.add(Duration.between(created, answered));
                if (answered.isAfter(due)) {
                  t.late++;
                } else {
                  t.onTime++;
                }
              } else if (now.isAfter(due)) {
                t.late++;
                if (open) {
                  t.breaches++;
                }
              }
              if ("RESOLVED".equals(status) && closed != null) {
                t.resolve.add(Duration.between(created, closed));
              }
            });
    List<Figures> out = new ArrayList<>();
    for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
      Tally t = tallies.get(s);
      out.add(
          new Figures(
              s.name(),
              t.count,
              t.open,
              t.ack.size(),
              Percentiles.of(t.ack, 0.5),
              Percentiles.of(t.ack, 0.9),
              t.resolve.size(),
              Percentiles.of(t.resolve, 0.5),
              Percentiles.of(t.resolve, 0.9),
              PipelineFigures.percent(t.onTime, t.onTime + t.late),
              t.breaches));
    }
    return out;
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
