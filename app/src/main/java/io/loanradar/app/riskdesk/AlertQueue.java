package io.loanradar.app.riskdesk;

import io.loanradar.app.security.DataScope;
import io.loanradar.app.warning.SeverityOrder;
import io.loanradar.core.warning.AlertStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the alert queue and the watchlist from the store, narrowed in SQL to the user's scope. */
@Repository
class AlertQueue {

  private final JdbcClient jdbc;

  AlertQueue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One open alert as the queue shows it.
   *
   * @param id the alert
   * @param enterpriseId the debtor
   * @param name the debtor's name
   * @param severity LOW … CRITICAL
   * @param status the lifecycle status
   * @param riskGrade 1 (sound) … 5 (critical)
   * @param signals signal codes, {@code ;}-separated
   * @param suggested the suggested five-category class
   * @param bank the bank's current class
   * @param raisedOn when it was raised
   * @param slaDueAt when it must be acknowledged
   * @param escalated whether the SLA was missed and escalated
   * @param evidenceZh the facts, Chinese, {@code ;}-separated
   * @param evidenceEn the facts, English, {@code ;}-separated
   */
  record Row(
      String id,
      String enterpriseId,
      String name,
      String severity,
      String status,
      int riskGrade,
      String signals,
      String suggested,
      String bank,
      LocalDate raisedOn,
      Instant slaDueAt,
      boolean escalated,
      String evidenceZh,
      String evidenceEn) {

    /** The facts in the reader's language. */
    public List<String> evidence(boolean english) {
      return split(english ? evidenceEn : evidenceZh);
    }

    /** The signal codes. */
    public List<String> signalList() {
      return split(signals);
    }

    /** Whether the acknowledgement is overdue at {@code now}. */
    public boolean overdue(Instant now) {
      return "NEW".equals(status) && now.isAfter(slaDueAt);
    }

    /** The statuses a person may move it to. */
    public List<String> next() {
      return AlertStatus.valueOf(status).next().stream().map(Enum::name).sorted().toList();
    }

    private static List<String> split(String text) {
      return text == null || text.isBlank()
          ? List.of()
          : Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
  }

  /**
   * An enterprise on the watchlist.
   *
   * @param enterpriseId the enterprise
   * @param name its name
   * @param reason why it is watched
   * @param reviewOn when to review it
   * @param addedBy who added it
   */
  record Watched(
      String enterpriseId, String name, String reason, LocalDate reviewOn, String addedBy) {}

  /** Rows of the queue a page shows. */
  static final int PAGE_ROWS = 50;

  /**
   * One page of the open alerts in scope, most severe first, then by SLA due time; of one severity
   * only unless {@code severity} is null. For the whole bank the order is the partial index {@code
   * warning_alert_open_by_severity} (V10), so a page reads its rows and no more.
   */
  List<Row> open(DataScope scope, String severity, int offset, int limit) {
    List<Object> params = new java.util.ArrayList<>(scope.binds());
    if (severity != null) {
      params.add(severity);
    }
    params.add(limit);
    params.add(offset);
    return jdbc.sql(
            "SELECT a.alert_id, a.enterprise_id, e.name, a.severity, a.status, a.risk_grade,"
                + " a.signals, a.suggested_five_category, a.bank_five_category, a.raised_on,"
                + " a.sla_due_at, a.sla_escalated_at, a.evidence_zh, a.evidence_en"
                + " FROM warning_alert a JOIN enterprise e ON e.enterprise_id = a.enterprise_id"
                + " WHERE a.open_key IS NOT NULL AND "
                + scope.on("e")
                + (severity == null ? "" : " AND a.severity = ?")
                + " ORDER BY "
                + SeverityOrder.mostSevereFirst("a.severity")
                + ", a.sla_due_at, a.alert_id LIMIT ? OFFSET ?")
        .params(params)
        .query(
            (rs, n) ->
                new Row(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getInt(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getObject(10, LocalDate.class),
                    rs.getTimestamp(11).toInstant(),
                    rs.getTimestamp(12) != null,
                    rs.getString(13),
                    rs.getString(14)))
        .list();
  }

  /** Active watchlist entries in scope, earliest review first. */
  List<Watched> watchlist(DataScope scope) {
    return jdbc.sql(
            "SELECT w.enterprise_id, e.name, w.reason, w.review_on, w.added_by"
                + " FROM watchlist_entry w JOIN enterprise e ON e.enterprise_id = w.enterprise_id"
                + " WHERE w.active_key IS NOT NULL AND "
                + scope.on("e")
                + " ORDER BY w.review_on, w.enterprise_id")
        .params(scope.binds())
        .query(
            (rs, n) ->
                new Watched(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5)))
        .list();
  }

  /** Whether the alert exists and its debtor is in scope. */
  boolean alertVisible(DataScope scope, String alertId) {
    return count(
            "SELECT COUNT(*) FROM warning_alert a JOIN enterprise e"
                + " ON e.enterprise_id = a.enterprise_id WHERE a.alert_id = ? AND "
                + scope.on("e"),
            scope.bindsAfter(alertId))
        > 0;
  }

  /** Whether the enterprise exists and is in scope. */
  boolean enterpriseVisible(DataScope scope, String enterpriseId) {
    return count(
            "SELECT COUNT(*) FROM enterprise e WHERE e.enterprise_id = ? AND " + scope.on("e"),
            scope.bindsAfter(enterpriseId))
        > 0;
  }

  private long count(String sql, List<Object> params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }

  /** How many alerts are open in scope, by severity. */
  java.util.Map<String, Long> openBySeverity(DataScope scope) {
    java.util.Map<String, Long> counts = new java.util.TreeMap<>();
    jdbc.sql(
            "SELECT a.severity, COUNT(*) FROM warning_alert a"
                + " JOIN enterprise e ON e.enterprise_id = a.enterprise_id"
                + " WHERE a.open_key IS NOT NULL AND "
                + scope.on("e")
                + " GROUP BY a.severity")
        .params(scope.binds())
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> counts.put(rs.getString(1), rs.getLong(2)));
    return counts;
  }
}
