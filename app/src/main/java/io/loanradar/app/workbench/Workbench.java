package io.loanradar.app.workbench;

import io.loanradar.app.security.DataScope;
import io.loanradar.app.warning.SeverityOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The workbench's lists, each narrowed in SQL to the user's scope and kept short. */
@Repository
class Workbench {

  /** Rows per list. */
  static final int ROWS = 10;

  private final JdbcClient jdbc;

  Workbench(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * An open opportunity.
   *
   * @param id the opportunity
   * @param enterpriseId its customer
   * @param name the customer's name
   * @param scenario scenario code
   * @param stage stage code
   * @param amount estimated amount, yuan
   * @param expectedBy when the need is expected
   * @param priority 1 (highest) … 5
   */
  record OpenOpportunity(
      String id,
      String enterpriseId,
      String name,
      String scenario,
      String stage,
      BigDecimal amount,
      LocalDate expectedBy,
      int priority) {}

  /**
   * An open alert.
   *
   * @param id the alert
   * @param enterpriseId the debtor
   * @param name the debtor's name
   * @param severity LOW … CRITICAL
   * @param status lifecycle status
   * @param riskGrade 1 … 5
   * @param raisedOn when it was raised
   */
  record OpenAlert(
      String id,
      String enterpriseId,
      String name,
      String severity,
      String status,
      int riskGrade,
      LocalDate raisedOn) {}

  /**
   * A customer with its latest score.
   *
   * @param enterpriseId the customer
   * @param name its name
   * @param score latest score
   * @param grade A, B or C
   * @param tier its tier
   */
  record Ranked(String enterpriseId, String name, BigDecimal score, String grade, String tier) {}

  /**
   * Something that falls due.
   *
   * @param due the day
   * @param kind OPPORTUNITY (need expected), WATCHLIST (review), ALERT (acknowledgement)
   * @param enterpriseId the customer
   * @param name its name
   * @param what the scenario, reason or severity
   */
  record Due(LocalDate due, String kind, String enterpriseId, String name, String what) {}

  List<OpenOpportunity> opportunities(DataScope scope) {
    return jdbc.sql(opportunitiesSql(scope))
        .params(scope.binds())
        .query(OpenOpportunity.class)
        .list();
  }

  /**
   * The first open opportunities by priority; for the whole bank PostgreSQL walks the partial index
   * {@code opportunity_open_by_priority} (V10) instead of sorting thousands.
   */
  static String opportunitiesSql(DataScope scope) {
    return "SELECT o.opportunity_id AS id, o.enterprise_id, e.name, o.scenario, o.stage,"
        + " o.estimated_amount AS amount, o.expected_by, o.priority FROM opportunity o"
        + " JOIN enterprise e ON e.enterprise_id = o.enterprise_id"
        + " WHERE o.open_key IS NOT NULL AND "
        + scope.on("e")
        + " ORDER BY o.priority, o.expected_by, o.opportunity_id LIMIT "
        + ROWS;
  }

  List<OpenAlert> alerts(DataScope scope) {
    return jdbc.sql(alertsSql(scope)).params(scope.binds()).query(OpenAlert.class).list();
  }

  /**
   * The most severe open alerts, soonest deadline first; the order is the expression of the partial
   * index {@code warning_alert_open_by_severity} (V10), which a test holds them to.
   */
  static String alertsSql(DataScope scope) {
    return "SELECT a.alert_id AS id, a.enterprise_id, e.name, a.severity, a.status,"
        + " a.risk_grade, a.raised_on FROM warning_alert a"
        + " JOIN enterprise e ON e.enterprise_id = a.enterprise_id"
        + " WHERE a.open_key IS NOT NULL AND "
        + scope.on("e")
        + " ORDER BY "
        + SeverityOrder.mostSevereFirst("a.severity")
        + ", a.sla_due_at, a.alert_id LIMIT "
        + ROWS;
  }

  List<Ranked> bestCustomers(DataScope scope) {
    return jdbc.sql(
            "SELECT e.enterprise_id, e.name, s.score, s.grade, s.tier FROM enterprise e"
                + " JOIN score s ON s.enterprise_id = e.enterprise_id"
                + " AND s.as_of = (SELECT MAX(as_of) FROM score) WHERE "
                + scope.on("e")
                + " ORDER BY s.score DESC, e.enterprise_id LIMIT "
                + ROWS)
        .params(scope.binds())
        .query(Ranked.class)
        .list();
  }

  /** What falls due from {@code today} to {@code today + days}, earliest first. */
  List<Due> due(DataScope scope, LocalDate today, int days) {
    LocalDate until = today.plusDays(days);
    List<Object> params = new ArrayList<>();
    params.add(until);
    params.addAll(scope.binds());
    params.add(until);
    params.addAll(scope.binds());
    return jdbc.sql(dueSql(scope)).params(params).query(Due.class).list();
  }

  /**
   * Expected needs and watchlist reviews falling due, each list cut to its first rows before they
   * are merged, so that for the whole bank each is a walk of a partial index (V10) rather than a
   * join of every open opportunity; the first rows of the merge are the same.
   */
  static String dueSql(DataScope scope) {
    int rows = ROWS * 2;
    return "SELECT * FROM ((SELECT o.expected_by AS due, 'OPPORTUNITY' AS kind, o.enterprise_id,"
        + " e.name, o.scenario AS what FROM opportunity o"
        + " JOIN enterprise e ON e.enterprise_id = o.enterprise_id"
        + " WHERE o.open_key IS NOT NULL AND o.expected_by <= ? AND "
        + scope.on("e")
        + " ORDER BY o.expected_by, o.enterprise_id LIMIT "
        + rows
        + ") UNION ALL (SELECT w.review_on, 'WATCHLIST', w.enterprise_id, e.name, w.reason"
        + " FROM watchlist_entry w JOIN enterprise e ON e.enterprise_id = w.enterprise_id"
        + " WHERE w.active_key IS NOT NULL AND w.review_on <= ? AND "
        + scope.on("e")
        + " ORDER BY w.review_on, w.enterprise_id LIMIT "
        + rows
        + ")) d ORDER BY 1, 3 LIMIT "
        + rows;
  }
}
