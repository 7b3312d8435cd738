package io.loanradar.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users in the store ({@code app_user}). */
@Repository
public class Users {

  private static final String COLUMNS =
      "username, display_name, password_hash, roles, branch_id, rm_id, enabled, failed_attempts,"
          + " locked_until";

  private final JdbcClient jdbc;

  Users(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One user by sign-in name (exact). */
  public Optional<AppUser> find(String username) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = ?")
        .param(username)
        .query(Users::map)
        .optional();
  }

  /** Every user, by name. */
  public List<AppUser> list() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY username")
        .query(Users::map)
        .list();
  }

  /** How many users there are. */
  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
  }

  void insert(AppUser user, LocalDateTime now) {
    jdbc.sql(
            "INSERT INTO app_user (username, display_name, password_hash, roles, branch_id, rm_id,"
                + " enabled, failed_attempts, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)")
        .params(
            user.username(),
            user.displayName(),
            user.passwordHash(),
            Role.format(user.roles()),
            user.branchId(),
            user.rmId(),
            user.enabled(),
            now)
        .update();
  }

  boolean setPasswordHash(String username, String hash) {
    return jdbc.sql(
                "UPDATE app_user SET password_hash = ?, failed_attempts = 0, locked_until = NULL"
                    + " WHERE username = ?")
            .params(hash, username)
            .update()
        == 1;
  }

  boolean setEnabled(String username, boolean enabled) {
    return jdbc.sql("UPDATE app_user SET enabled = ? WHERE username = ?")
            .params(enabled, username)
            .update()
        == 1;
  }

  /**
   * Counts a failed sign-in: the count restarts when the last failure is older than the window, and
   * the account locks until {@code now + lockFor} when it reaches the limit.
   *
   * @return the failures in a row now, 0 for an unknown user
   */
  int recordFailure(String username, LocalDateTime now, LoginPolicy policy) {
    LocalDateTime windowStart = now.minus(policy.failureWindow());
    int updated =
        jdbc.sql(
                "UPDATE app_user SET failed_attempts = CASE WHEN last_failed_at IS NULL OR"
                    + " last_failed_at < ? THEN 1 ELSE failed_attempts + 1 END, last_failed_at = ?"
                    + " WHERE username = ?")
            .params(windowStart, now, username)
            .update();
    if (updated == 0) {
      return 0;
    }
    int failures =
        jdbc.sql("SELECT failed_attempts FROM app_user WHERE username = ?")
            .param(username)
            .query(Integer.class)
            .single();
    if (failures >= policy.maxFailedAttempts()) {
      jdbc.sql("UPDATE app_user SET locked_until = ? WHERE username = ?")
          .params(now.plus(policy.lockFor()), username)
          .update();
    }
    return failures;
  }

  void recordSuccess(String username) {
    jdbc.sql(
            "UPDATE app_user SET failed_attempts = 0, last_failed_at = NULL, locked_until = NULL"
                + " WHERE username = ? AND (failed_attempts > 0 OR locked_until IS NOT NULL)")
        .param(username)
        .update();
  }

  private static AppUser map(ResultSet rs, int row) throws SQLException {
    return new AppUser(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        Role.parse(rs.getString(4)),
        rs.getString(5),
        rs.getString(6),
        rs.getBoolean(7),
        rs.getInt(8),
        rs.getObject(9, LocalDateTime.class));
  }
}
