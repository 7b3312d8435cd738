package io.loanradar.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log. Entries are written in their own statement, outside the caller's transaction, so a
 * view is recorded even when what follows fails.
 */
@Repository
public class AuditLog {

  private static final int TEXT = 2000;

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records what the signed-in user of the current request did; the actor and the IP address come
   * from the request.
   */
  public void record(AuditAction action, String target, String detail) {
    record(currentActor(), action, target, detail, currentAddress());
  }

  /** Records an entry with an explicit actor and address (command line, sign-in events). */
  public void record(
      String actor, AuditAction action, String target, String detail, String remoteAddr) {
    jdbc.sql(
            "INSERT INTO audit_log (occurred_at, actor, action, target, detail, remote_addr)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            LocalDateTime.now(clock),
            cut(actor == null || actor.isBlank() ? "anonymous" : actor, 64),
            action.name(),
            cut(target, 200),
            cut(detail, TEXT),
            cut(remoteAddr, 64))
        .update();
  }

  /**
   * Entries matching a filter, newest first.
   *
   * @param offset entries to skip
   * @param limit entries to return, 1–1000
   */
  public List<AuditEntry> search(AuditFilter filter, long offset, int limit) {
    if (limit < 1 || limit > 1000 || offset < 0) {
      throw new IllegalArgumentException(
          "offset " + offset + " and limit " + limit + " are out of range");
    }
    List<String> where = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    equal(where, params, "actor", filter.actor());
    equal(where, params, "action", filter.action());
    equal(where, params, "target", filter.target());
    if (filter.from() != null) {
      where.add("occurred_at >= ?");
      params.add(filter.from().atStartOfDay());
    }
    if (filter.to() != null) {
      where.add("occurred_at < ?");
      params.add(filter.to().plusDays(1).atStartOfDay());
    }
    params.add(limit);
    params.add(offset);
    return jdbc.sql(
            "SELECT audit_id, occurred_at, actor, action, target, detail, remote_addr FROM audit_log"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY audit_id DESC LIMIT ? OFFSET ?")
        .params(params)
        .query(
            (rs, n) ->
                new AuditEntry(
                    rs.getLong(1),
                    rs.getObject(2, LocalDateTime.class),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7)))
        .list();
  }

  /** The user name of the current request's sign-in, or {@code anonymous}. */
  static String currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || !auth.isAuthenticated() ? "anonymous" : auth.getName();
  }

  /** The client address of the current web request, or null off the web. */
  static String currentAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      HttpServletRequest request = attrs.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }

  private static void equal(List<String> where, List<Object> params, String column, String value) {
    if (!value.isEmpty()) {
      where.add(column + " = ?");
      params.add(value);
    }
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
