package io.loanradar.app.customer;

import io.loanradar.app.security.DataScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The enterprises in the store, with their latest scores. Every query takes the caller's {@link
 * DataScope} and narrows its rows by it in SQL.
 */
@Repository
public class Enterprises {

  private static final String COLUMNS =
      "e.enterprise_id, e.name, e.uscc, e.industry_code, e.region_code, e.registered_capital,"
          + " e.established_on, e.branch_id, e.rm_id, s.score, s.grade, s.tier";

  private static final String FROM =
      " FROM enterprise e LEFT JOIN score s ON s.enterprise_id = e.enterprise_id"
          + " AND s.as_of = (SELECT MAX(as_of) FROM score)";

  private final JdbcClient jdbc;

  Enterprises(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Enterprises in scope matching a search, by id. */
  public Page<EnterpriseSummary> search(DataScope scope, String query, int page, int size) {
    return search(scope, new EnterpriseFilter(query, "", "", "", "", "", "", "id"), page, size);
  }

  /**
   * Enterprises in scope matching a filter, in its order.
   *
   * @param page zero-based page
   * @param size rows per page, 1–200
   */
  public Page<EnterpriseSummary> search(
      DataScope scope, EnterpriseFilter filter, int page, int size) {
    if (size < 1 || size > 200 || page < 0) {
      throw new IllegalArgumentException("page " + page + " of size " + size + " is out of range");
    }
    List<String> where = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    where.add(scope.on("e"));
    params.addAll(scope.binds());
    String q = filter.query();
    if (!q.isEmpty()) {
      String upper = q.toUpperCase(Locale.ROOT);
      where.add(
          "(e.enterprise_id = ? OR e.enterprise_id = ? OR e.uscc = ? OR e.name LIKE ? ESCAPE '\\')");
      params.addAll(List.of(q, upper, upper, "%" + escapeLike(q) + "%"));
    }
    equal(where, params, "s.grade", filter.grade());
    equal(where, params, "s.tier", filter.tier());
    prefix(where, params, "e.industry_code", filter.industry());
    prefix(where, params, "e.region_code", filter.region());
    equal(where, params, "e.branch_id", filter.branch());
    equal(where, params, "e.rm_id", filter.rm());
    String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    long total =
        jdbc.sql("SELECT COUNT(*)" + FROM + condition).params(params).query(Long.class).single();
    List<Object> paged = new ArrayList<>(params);
    paged.add(size);
    paged.add((long) page * size);
    List<EnterpriseSummary> items =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + FROM
                    + condition
                    + " ORDER BY "
                    + filter.orderBy()
                    + " LIMIT ? OFFSET ?")
            .params(paged)
            .query(EnterpriseSummary.class)
            .list();
    return new Page<>(items, page, size, total);
  }

  /** One enterprise with its latest score; empty when unknown or out of scope alike. */
  public java.util.Optional<EnterpriseSummary> find(DataScope scope, String enterpriseId) {
    List<Object> params = new ArrayList<>();
    params.add(enterpriseId);
    params.addAll(scope.binds());
    return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE e.enterprise_id = ? AND " + scope.on("e"))
        .params(params)
        .query(EnterpriseSummary.class)
        .optional();
  }

  /** How many enterprises in scope the store holds. */
  public long count(DataScope scope) {
    return jdbc.sql("SELECT COUNT(*) FROM enterprise e WHERE " + scope.on("e"))
        .params(scope.binds())
        .query(Long.class)
        .single();
  }

  private static void equal(List<String> where, List<Object> params, String column, String value) {
    if (!value.isEmpty()) {
      where.add(column + " = ?");
      params.add(value);
    }
  }

  private static void prefix(List<String> where, List<Object> params, String column, String value) {
    if (!value.isEmpty()) {
      where.add(column + " LIKE ? ESCAPE '\\'");
      params.add(escapeLike(value) + "%");
    }
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
