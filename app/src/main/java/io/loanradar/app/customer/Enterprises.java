package io.loanradar.app.customer;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The enterprises in the store. */
@Repository
public class Enterprises {

  private static final String COLUMNS =
      "enterprise_id, name, uscc, industry_code, region_code, registered_capital, established_on,"
          + " branch_id, rm_id";

  private final JdbcClient jdbc;

  Enterprises(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Enterprises matching a search, by id. The text matches an id or USCC exactly (case-insensitive)
   * or any part of the name.
   *
   * @param query search text; blank lists all
   * @param page zero-based page
   * @param size rows per page, 1–200
   */
  public Page<EnterpriseSummary> search(String query, int page, int size) {
    if (size < 1 || size > 200 || page < 0) {
      throw new IllegalArgumentException("page " + page + " of size " + size + " is out of range");
    }
    String q = query == null ? "" : query.strip();
    String where = "";
    String upper = q.toUpperCase(Locale.ROOT);
    String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    if (!q.isEmpty()) {
      where =
          " WHERE enterprise_id = :q OR enterprise_id = :upper OR uscc = :upper OR name LIKE :like ESCAPE '\\'";
    }
    var count = jdbc.sql("SELECT COUNT(*) FROM enterprise" + where);
    var rows =
        jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM enterprise"
                + where
                + " ORDER BY enterprise_id LIMIT :limit OFFSET :offset");
    if (!q.isEmpty()) {
      count = count.param("q", q).param("upper", upper).param("like", like);
      rows = rows.param("q", q).param("upper", upper).param("like", like);
    }
    long total = count.query(Long.class).single();
    List<EnterpriseSummary> items =
        rows.param("limit", size)
            .param("offset", (long) page * size)
            .query(EnterpriseSummary.class)
            .list();
    return new Page<>(items, page, size, total);
  }

  /** How many enterprises the store holds. */
  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM enterprise").query(Long.class).single();
  }
}
