package io.loanradar.app.warning;

import io.loanradar.core.warning.AlertStatus;
import io.loanradar.core.warning.Assessment;
import io.loanradar.core.warning.FiveCategoryRules;
import io.loanradar.core.warning.Severity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The alert tables: rows in and out, nothing else. */
@Repository
class AlertStore {

  private static final String COLUMNS =
      "alert_id, enterprise_id, raised_on, assessed_on, status, severity, risk_grade,"
          + " suggested_five_category, bank_five_category, five_category_rule, signals,"
          + " evidence_zh, evidence_en, created_at, sla_due_at, sla_escalated_at, acknowledged_at,"
          + " closed_at";

  /** Rows per JDBC batch. */
  private static final int BATCH = 1_000;

  private final JdbcTemplate jdbc;

  AlertStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Alert> find(String alertId) {
    return one("alert_id = ?", alertId);
  }

  Optional<Alert> findForUpdate(String alertId) {
    return one("alert_id = ? FOR UPDATE", alertId);
  }

  private Optional<Alert> one(String where, String key) {
    return jdbc
        .query("SELECT " + COLUMNS + " FROM warning_alert WHERE " + where, AlertStore::alert, key)
        .stream()
        .findFirst();
  }

  List<Alert> open() {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM warning_alert WHERE open_key IS NOT NULL"
            + " ORDER BY risk_grade DESC, enterprise_id",
        AlertStore::alert);
  }

  List<Alert> ofEnterprise(String enterpriseId) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM warning_alert WHERE enterprise_id = ? ORDER BY created_at, alert_id",
        AlertStore::alert,
        enterpriseId);
  }

  private static final String INSERT =
      "INSERT INTO warning_alert (alert_id, enterprise_id, open_key, raised_on, assessed_on,"
          + " status, severity, risk_grade, risk_points, suggested_five_category,"
          + " bank_five_category, five_category_rule, five_category_reason_zh,"
          + " five_category_reason_en, signals, evidence_zh, evidence_en, created_at, updated_at,"
          + " sla_due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static Object[] insertArgs(
      String alertId, Assessment a, Severity severity, Instant now, Instant due) {
    List<Object> args =
        new ArrayList<>(
            List.of(
                alertId,
                a.enterpriseId().value(),
                a.enterpriseId().value(),
                a.asOf(),
                a.asOf(),
                AlertStatus.NEW.name()));
    args.addAll(assessed(a, severity));
    args.addAll(List.of(Timestamp.from(now), Timestamp.from(now), Timestamp.from(due)));
    return args.toArray();
  }

  /**
   * The columns an assessment sets, from {@code severity} to {@code evidence_en}, in the order both
   * the insert and the escalation name them.
   */
  private static List<Object> assessed(Assessment a, Severity severity) {
    FiveCategoryRules.DebtorClass c = a.classification();
    // Arrays.asList: a reason or rule may be null, which List.of would refuse
    return Arrays.asList(
        severity.name(),
        a.riskGrade(),
        a.riskPoints(),
        c.suggested().name(),
        c.bankCurrent().name(),
        c.rule(),
        cut(c.ruleZh(), 2000),
        cut(c.ruleEn(), 2000),
        cut(a.signalCodes(), 2000),
        cut(a.evidenceZh(), 8000),
        cut(a.evidenceEn(), 8000));
  }

  private static final String ESCALATE =
      "UPDATE warning_alert SET assessed_on = ?, severity = ?, risk_grade = ?, risk_points = ?,"
          + " suggested_five_category = ?, bank_five_category = ?, five_category_rule = ?,"
          + " five_category_reason_zh = ?, five_category_reason_en = ?, signals = ?,"
          + " evidence_zh = ?, evidence_en = ?, updated_at = ?, sla_due_at = ?,"
          + " sla_escalated_at = NULL WHERE alert_id = ?";

  private static Object[] escalateArgs(
      String alertId, Assessment a, Severity severity, Instant now, Instant due) {
    List<Object> args = new ArrayList<>();
    args.add(a.asOf());
    args.addAll(assessed(a, severity));
    args.addAll(List.of(Timestamp.from(now), Timestamp.from(due), alertId));
    return args.toArray();
  }

  /** Open alerts by enterprise, in one query. */
  Map<String, Alert> openByEnterprise() {
    Map<String, Alert> byEnterprise = new HashMap<>();
    for (Alert a : open()) {
      byEnterprise.put(a.enterpriseId(), a);
    }
    return byEnterprise;
  }

  /** How many alerts each enterprise ever had, in one query. */
  Map<String, Integer> countsByEnterprise() {
    Map<String, Integer> counts = new HashMap<>();
    jdbc.query(
        "SELECT enterprise_id, COUNT(*) FROM warning_alert GROUP BY enterprise_id",
        (ResultSet rs) -> {
          counts.put(rs.getString(1), rs.getInt(2));
        });
    return counts;
  }

  /** Inserts, escalations and steps gathered during a run, sent as batches by {@link #flush}. */
  Writes writes() {
    return new Writes();
  }

  /** Writes gathered during a run. */
  final class Writes {
    private final List<Object[]> inserts = new ArrayList<>();
    private final List<Object[]> escalations = new ArrayList<>();
    private final List<Object[]> steps = new ArrayList<>();

    void insert(String alertId, Assessment a, Severity severity, Instant now, Instant due) {
      inserts.add(insertArgs(alertId, a, severity, now, due));
    }

    void escalate(String alertId, Assessment a, Severity severity, Instant now, Instant due) {
      escalations.add(escalateArgs(alertId, a, severity, now, due));
    }

    void step(
        String alertId,
        Instant at,
        String actor,
        String kind,
        AlertStatus from,
        AlertStatus to,
        Severity severity,
        String note) {
      steps.add(stepArgs(alertId, at, actor, kind, from, to, severity, note));
    }

    /** Sends everything gathered: alerts first, then their steps. */
    void flush() {
      for (List<Object[]> chunk : chunks(inserts)) {
        jdbc.batchUpdate(INSERT, chunk);
      }
      for (List<Object[]> chunk : chunks(escalations)) {
        jdbc.batchUpdate(ESCALATE, chunk);
      }
      for (List<Object[]> chunk : chunks(steps)) {
        jdbc.batchUpdate(STEP, chunk);
      }
      inserts.clear();
      escalations.clear();
      steps.clear();
    }

    private List<List<Object[]>> chunks(List<Object[]> rows) {
      List<List<Object[]>> out = new ArrayList<>();
      for (int i = 0; i < rows.size(); i += BATCH) {
        out.add(rows.subList(i, Math.min(rows.size(), i + BATCH)));
      }
      return out;
    }
  }

  void move(String alertId, AlertStatus to, Instant now) {
    jdbc.update(
        "UPDATE warning_alert SET status = ?, updated_at = ?,"
            + " acknowledged_at = CASE WHEN ? AND acknowledged_at IS NULL THEN ? ELSE acknowledged_at END,"
            + " closed_at = CASE WHEN ? THEN ? ELSE closed_at END,"
            + " open_key = CASE WHEN ? THEN NULL ELSE open_key END WHERE alert_id = ?",
        to.name(),
        Timestamp.from(now),
        to == AlertStatus.ACKNOWLEDGED,
        Timestamp.from(now),
        !to.open(),
        Timestamp.from(now),
        !to.open(),
        alertId);
  }

  /** NEW alerts whose acknowledgement is overdue and not yet escalated. */
  List<Alert> missedSla(Instant now) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM warning_alert WHERE status = 'NEW' AND sla_escalated_at IS NULL"
            + " AND sla_due_at < ? ORDER BY sla_due_at",
        AlertStore::alert,
        Timestamp.from(now));
  }

  boolean markEscalated(String alertId, Instant now) {
    return jdbc.update(
            "UPDATE warning_alert SET sla_escalated_at = ?, updated_at = ? WHERE alert_id = ?"
                + " AND sla_escalated_at IS NULL AND status = 'NEW'",
            Timestamp.from(now),
            Timestamp.from(now),
            alertId)
        == 1;
  }

  void step(
      String alertId,
      Instant at,
      String actor,
      String kind,
      AlertStatus from,
      AlertStatus to,
      Severity severity,
      String note) {
    jdbc.update(STEP, stepArgs(alertId, at, actor, kind, from, to, severity, note));
  }

  private static final String STEP =
      "INSERT INTO warning_alert_event (alert_id, happened_at, actor, kind, from_status,"
          + " to_status, severity, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  private static Object[] stepArgs(
      String alertId,
      Instant at,
      String actor,
      String kind,
      AlertStatus from,
      AlertStatus to,
      Severity severity,
      String note) {
    return new Object[] {
      alertId,
      Timestamp.from(at),
      actor,
      kind,
      from == null ? null : from.name(),
      to == null ? null : to.name(),
      severity == null ? null : severity.name(),
      note == null ? null : cut(note, 2000)
    };
  }

  List<Alert.Step> steps(String alertId) {
    return jdbc.query(
        "SELECT happened_at, actor, kind, from_status, to_status, severity, note"
            + " FROM warning_alert_event WHERE alert_id = ? ORDER BY event_id",
        (rs, n) ->
            new Alert.Step(
                rs.getTimestamp(1).toInstant(),
                rs.getString(2),
                rs.getString(3),
                Optional.ofNullable(rs.getString(4)).map(AlertStatus::valueOf),
                Optional.ofNullable(rs.getString(5)).map(AlertStatus::valueOf),
                Optional.ofNullable(rs.getString(6)).map(Severity::valueOf),
                rs.getString(7)),
        alertId);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static Alert alert(ResultSet rs, int n) throws SQLException {
    return new Alert(
        rs.getString("alert_id"),
        rs.getString("enterprise_id"),
        rs.getObject("raised_on", LocalDate.class),
        rs.getObject("assessed_on", LocalDate.class),
        AlertStatus.valueOf(rs.getString("status")),
        Severity.valueOf(rs.getString("severity")),
        rs.getInt("risk_grade"),
        rs.getString("suggested_five_category"),
        rs.getString("bank_five_category"),
        rs.getString("five_category_rule"),
        rs.getString("signals"),
        rs.getString("evidence_zh"),
        rs.getString("evidence_en"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("sla_due_at").toInstant(),
        instant(rs.getTimestamp("sla_escalated_at")),
        instant(rs.getTimestamp("acknowledged_at")),
        instant(rs.getTimestamp("closed_at")));
  }

  private static Optional<Instant> instant(Timestamp t) {
    return Optional.ofNullable(t).map(Timestamp::toInstant);
  }
}
