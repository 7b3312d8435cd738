package io.loanradar.app.warning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** 关注名单 — enterprises risk managers keep an eye on, with a reason and a review date. */
@Service
public class Watchlist {

  /**
   * One entry.
   *
   * @param enterpriseId the enterprise
   * @param reason why it is watched
   * @param reviewOn when to review it
   * @param addedBy who added it
   * @param addedAt when
   * @param removedBy who removed it, empty while active
   * @param removedAt when
   * @param removalNote why it was removed
   */
  public record Entry(
      String enterpriseId,
      String reason,
      LocalDate reviewOn,
      String addedBy,
      Instant addedAt,
      Optional<String> removedBy,
      Optional<Instant> removedAt,
      Optional<String> removalNote) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  Watchlist(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Puts an enterprise on the watchlist.
   *
   * @throws IllegalArgumentException when the enterprise is unknown, the reason blank or the review
   *     date missing
   * @throws IllegalStateException when it is already on the watchlist
   */
  public Entry add(String enterpriseId, String reason, LocalDate reviewOn, String actor) {
    Alerts.requireActor(actor);
    if (reason == null || reason.isBlank() || reviewOn == null) {
      throw new IllegalArgumentException(
          "加入关注名单需填写原因和复核日期 / a watchlist entry needs a reason and a review date");
    }
    Integer known =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM enterprise WHERE enterprise_id = ?", Integer.class, enterpriseId);
    if (known == null || known == 0) {
      throw new IllegalArgumentException("企业不存在 / no enterprise " + enterpriseId);
    }
    try {
      jdbc.update(
          "INSERT INTO watchlist_entry (enterprise_id, active_key, reason, review_on, added_by,"
              + " added_at) VALUES (?, ?, ?, ?, ?, ?)",
          enterpriseId,
          enterpriseId,
          reason,
          reviewOn,
          actor,
          Timestamp.from(clock.instant()));
    } catch (DuplicateKeyException e) {
      throw new IllegalStateException(
          "已在关注名单中 / " + enterpriseId + " is already on the watchlist", e);
    }
    return active(enterpriseId).orElseThrow();
  }

  /**
   * Takes an enterprise off the watchlist, keeping the entry as history.
   *
   * @throws IllegalStateException when it is not on the watchlist
   */
  public Entry remove(String enterpriseId, String note, String actor) {
    Alerts.requireActor(actor);
    int n =
        jdbc.update(
            "UPDATE watchlist_entry SET active_key = NULL, removed_by = ?, removed_at = ?,"
                + " removal_note = ? WHERE active_key = ?",
            actor,
            Timestamp.from(clock.instant()),
            note,
            enterpriseId);
    if (n == 0) {
      throw new IllegalStateException("不在关注名单中 / " + enterpriseId + " is not on the watchlist");
    }
    return history(enterpriseId).get(0);
  }

  /** The active entry of an enterprise. */
  public Optional<Entry> active(String enterpriseId) {
    return query("WHERE active_key = ?", enterpriseId).stream().findFirst();
  }

  /** Every active entry, soonest review first. */
  public List<Entry> active() {
    return jdbc.query(
        SELECT + " WHERE active_key IS NOT NULL ORDER BY review_on, enterprise_id",
        (rs, n) -> entry(rs));
  }

  /** Every entry of an enterprise, newest first. */
  public List<Entry> history(String enterpriseId) {
    return query("WHERE enterprise_id = ? ORDER BY entry_id DESC", enterpriseId);
  }

  private static final String SELECT =
      "SELECT enterprise_id, reason, review_on, added_by, added_at, removed_by, removed_at,"
          + " removal_note FROM watchlist_entry ";

  private List<Entry> query(String where, String enterpriseId) {
    return jdbc.query(SELECT + where, (rs, n) -> entry(rs), enterpriseId);
  }

  private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
    Timestamp removed = rs.getTimestamp(7);
    return new Entry(
        rs.getString(1),
        rs.getString(2),
        rs.getObject(3, LocalDate.class),
        rs.getString(4),
        rs.getTimestamp(5).toInstant(),
        Optional.ofNullable(rs.getString(6)),
        Optional.ofNullable(removed).map(Timestamp::toInstant),
        Optional.ofNullable(rs.getString(8)));
  }
}
