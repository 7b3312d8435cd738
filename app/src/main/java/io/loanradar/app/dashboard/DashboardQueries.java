package io.loanradar.app.dashboard;

import io.loanradar.app.security.DataScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The grouped counts behind the dashboard, over every enterprise and its score of the latest as-of
 * date. Unscored enterprises are counted with an empty grade and tier; missing branch, industry or
 * region codes group as empty text.
 */
@Repository
class DashboardQueries {

  private static final String LATEST = "(SELECT MAX(as_of) FROM score)";

  private static final String FROM =
      " FROM enterprise e LEFT JOIN score s ON s.enterprise_id = e.enterprise_id AND s.as_of = "
          + LATEST;

  private final JdbcClient jdbc;

  DashboardQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The headline figures.
   *
   * @param enterprises all enterprises
   * @param scored those with a score of the latest date
   * @param averageScore their mean score, when any
   * @param asOf the latest as-of date, when any score exists
   */
  record Totals(
      long enterprises, long scored, Optional<BigDecimal> averageScore, Optional<LocalDate> asOf) {}

  /**
   * A count of enterprises in one group of two keys.
   *
   * @param row the first key (branch, tier, grade before, …), empty when missing
   * @param column the second key (usually the grade), empty when unscored
   * @param count enterprises
   */
  record Cell(String row, String column, long count) {}

  /**
   * One group of a single key.
   *
   * @param key section letter, province code or score bucket, empty when missing
   * @param count enterprises
   * @param averageScore mean latest score of the scored ones, null when none is scored
   * @param gradeA how many are graded A
   */
  record Group(String key, long count, BigDecimal averageScore, long gradeA) {}

  Totals totals(DataScope scope) {
    return jdbc.sql(
            "SELECT COUNT(*), COUNT(s.score), AVG(s.score), "
                + LATEST
                + " AS as_of"
                + FROM
                + " WHERE "
                + scope.on("e"))
        .params(scope.binds())
        .query(
            (rs, n) ->
                new Totals(
                    rs.getLong(1),
                    rs.getLong(2),
                    Optional.ofNullable(rs.getBigDecimal(3)),
                    Optional.ofNullable(rs.getObject(4, LocalDate.class))))
        .single();
  }

  /** Enterprises by branch and grade. */
  List<Cell> byBranchAndGrade(DataScope scope) {
    return cells(scope, "COALESCE(e.branch_id, '')", "COALESCE(s.grade, '')");
  }

  /** Enterprises by tier and grade. */
  List<Cell> byTierAndGrade(DataScope scope) {
    return cells(scope, "COALESCE(s.tier, '')", "COALESCE(s.grade, '')");
  }

  /** Enterprises by GB/T 4754 section (the code's first letter). */
  List<Group> byIndustrySection(DataScope scope) {
    return groups(scope, "COALESCE(SUBSTRING(e.industry_code, 1, 1), '')");
  }

  /** Enterprises by GB/T 2260 province (the code's first two digits). */
  List<Group> byProvince(DataScope scope) {
    return groups(scope, "COALESCE(SUBSTRING(e.region_code, 1, 2), '')");
  }

  /** Scored enterprises by ten-point score bucket: key 0 for [0, 10), …, 9 for [90, 100]. */
  List<Group> scoreBuckets(DataScope scope) {
    String bucket = "CAST(LEAST(FLOOR(s.score / 10), 9) AS INTEGER)";
    return jdbc.sql(
            "SELECT "
                + bucket
                + ", COUNT(*), AVG(s.score), SUM(CASE WHEN s.grade = 'A' THEN 1 ELSE 0 END)"
                + FROM
                + " WHERE s.score IS NOT NULL AND "
                + scope.on("e")
                + " GROUP BY "
                + bucket
                + " ORDER BY "
                + bucket)
        .params(scope.binds())
        .query(
            (rs, n) ->
                new Group(
                    Integer.toString(rs.getInt(1)),
                    rs.getLong(2),
                    rs.getBigDecimal(3),
                    rs.getLong(4)))
        .list();
  }

  /**
   * The two latest as-of dates with scores, latest first; fewer when fewer exist. Each date is one
   * step down the {@code score_as_of} index: a {@code DISTINCT} over the score history would read
   * every score of the bank (PostgreSQL has no skip scan), whatever the viewer's scope.
   */
  List<LocalDate> latestScoreDates() {
    List<LocalDate> dates = new ArrayList<>(2);
    Optional<LocalDate> latest = before(null);
    latest.ifPresent(dates::add);
    latest.flatMap(this::before).ifPresent(dates::add);
    return dates;
  }

  /** The latest as-of date with scores before a date, or at all when the date is null. */
  private Optional<LocalDate> before(LocalDate date) {
    String where = date == null ? "" : " WHERE as_of < ?";
    return jdbc.sql("SELECT as_of FROM score" + where + " ORDER BY as_of DESC LIMIT 1")
        .params(date == null ? List.of() : List.of(date))
        .query(LocalDate.class)
        .optional();
  }

  /** Enterprises scored on both dates, by their grade on the first and on the second. */
  List<Cell> gradeMigrations(DataScope scope, LocalDate from, LocalDate to) {
    return jdbc.sql(
            "SELECT a.grade, b.grade, COUNT(*) FROM score a JOIN score b"
                + " ON b.enterprise_id = a.enterprise_id AND b.as_of = ?"
                + " JOIN enterprise e ON e.enterprise_id = a.enterprise_id"
                + " WHERE a.as_of = ? AND "
                + scope.on("e")
                + " GROUP BY a.grade, b.grade ORDER BY a.grade, b.grade")
        .params(scope.bindsAfter(to, from))
        .query((rs, n) -> new Cell(rs.getString(1), rs.getString(2), rs.getLong(3)))
        .list();
  }

  /**
   * One RM's customers and alerts.
   *
   * @param rm the RM id, empty for customers without one
   * @param customers customers
   * @param gradeA of them graded A on the latest date
   * @param openAlerts open alerts on them
   * @param breaches open alerts still NEW past their acknowledgement deadline
   */
  record RmBook(String rm, long customers, long gradeA, long openAlerts, long breaches) {}

  /** Customers, A grades and open alerts by the customer's RM, by RM id. */
  List<RmBook> rmBooks(DataScope scope, java.time.Instant now) {
    String rm = "COALESCE(e.rm_id, '')";
    // the deadline, the scope of the alerts, the scope of the customers
    List<Object> params = new ArrayList<>(scope.bindsAfter(java.sql.Timestamp.from(now)));
    params.addAll(scope.binds());
    return jdbc.sql(
            "SELECT "
                + rm
                + ", COUNT(*), SUM(CASE WHEN s.grade = 'A' THEN 1 ELSE 0 END),"
                + " COALESCE(SUM(al.n), 0), COALESCE(SUM(al.late), 0)"
                + FROM
                + " LEFT JOIN (SELECT enterprise_id, COUNT(*) AS n,"
                + " SUM(CASE WHEN status = 'NEW' AND sla_due_at < ? THEN 1 ELSE 0 END) AS late"
                + " FROM warning_alert wa WHERE wa.open_key IS NOT NULL AND "
                // the scope inside too: else every open alert of the bank is grouped for one RM
                + scope.onEnterpriseId("wa.enterprise_id")
                + " GROUP BY wa.enterprise_id) al"
                + " ON al.enterprise_id = e.enterprise_id"
                + " WHERE "
                + scope.on("e")
                + " GROUP BY "
                + rm
                + " ORDER BY "
                + rm)
        .params(params)
        .query(
            (rs, n) ->
                new RmBook(
                    rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
        .list();
  }

  private List<Cell> cells(DataScope scope, String row, String column) {
    return jdbc.sql(
            "SELECT "
                + row
                + ", "
                + column
                + ", COUNT(*)"
                + FROM
                + " WHERE "
                + scope.on("e")
                + " GROUP BY "
                + row
                + ", "
                + column
                + " ORDER BY "
                + row
                + ", "
                + column)
        .params(scope.binds())
        .query((rs, n) -> new Cell(rs.getString(1), rs.getString(2), rs.getLong(3)))
        .list();
  }

  private List<Group> groups(DataScope scope, String key) {
    return jdbc.sql(
            "SELECT "
                + key
                + ", COUNT(*), AVG(s.score), SUM(CASE WHEN s.grade = 'A' THEN 1 ELSE 0 END)"
                + FROM
                + " WHERE "
                + scope.on("e")
                + " GROUP BY "
                + key
                + " ORDER BY COUNT(*) DESC, "
                + key)
        .params(scope.binds())
        .query(
            (rs, n) ->
                new Group(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3), rs.getLong(4)))
        .list();
  }
}
