package io.loanradar.app.models;

import io.loanradar.app.audit.AuditAction;
import io.loanradar.app.audit.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform models' registry: every trained version with its metrics and status, and the
 * maker-checker promotion. An analyst registers a candidate and asks for its promotion; a second
 * person (a risk manager or another analyst, never the one who asked) approves it, and in the same
 * transaction the target's old champion is retired. Every step is kept with its actor and note and
 * audited.
 */
@Repository
public class ModelRegistry {

  /** A version's status. */
  public enum Status {
    CANDIDATE,
    CHAMPION,
    RETIRED
  }

  /**
   * A registered version.
   *
   * @param id registry id
   * @param target {@code pd_12m} or {@code propensity_90d}
   * @param version 1, 2, … per target
   * @param learner {@code scorecard} or {@code gbm}
   * @param dir the model directory
   * @param metrics the training summary, JSON
   * @param trainedBy who trained it
   * @param trainedAt when
   * @param status candidate, champion or retired
   * @param requestedBy who asked for its promotion, or null
   * @param requestedAt when, or null
   * @param requestNote why, or null
   */
  public record Version(
      long id,
      String target,
      int version,
      String learner,
      String dir,
      String metrics,
      String trainedBy,
      LocalDateTime trainedAt,
      Status status,
      String requestedBy,
      LocalDateTime requestedAt,
      String requestNote) {

    /** {@code pd_12m v3 (gbm)}. */
    public String label() {
      return target + " v" + version + " (" + learner + ")";
    }

    /** Whether a promotion is waiting for a second person. */
    public boolean pending() {
      return status == Status.CANDIDATE && requestedBy != null;
    }
  }

  /**
   * A step in a version's life.
   *
   * @param action TRAINED, REQUESTED, APPROVED, REJECTED, RETIRED
   * @param actor who
   * @param note why, or null
   * @param at when
   */
  public record Event(String action, String actor, String note, LocalDateTime at) {}

  /** A step that is not allowed; nothing was changed. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The refusal, in Chinese then English. */
    public Refused(String message) {
      super(message);
    }
  }

  private final JdbcTemplate jdbc;
  private final AuditLog audit;
  private final Clock clock;

  ModelRegistry(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** Registers a trained model as the target's next candidate version. */
  @Transactional
  public Version register(
      PlatformTarget target, String learner, String dir, String metrics, String actor) {
    Integer last =
        jdbc.queryForObject(
            "SELECT MAX(version) FROM model_version WHERE target = ?", Integer.class, target.id());
    int version = last == null ? 1 : last + 1;
    LocalDateTime now = now();
    jdbc.update(
        "INSERT INTO model_version (target, version, learner, dir, metrics, trained_by, trained_at,"
            + " status) VALUES (?, ?, ?, ?, ?, ?, ?, 'CANDIDATE')",
        target.id(),
        version,
        learner,
        dir,
        metrics,
        actor,
        Timestamp.valueOf(now));
    Version v =
        jdbc.queryForObject(
            SELECT + " WHERE target = ? AND version = ?", ModelRegistry::row, target.id(), version);
    event(v.id(), "TRAINED", actor, null);
    audit.record(actor, AuditAction.MODEL_TRAINED, v.label(), dir, null);
    return v;
  }

  /** Every version, by target, newest first. */
  public List<Version> all() {
    return jdbc.query(SELECT + " ORDER BY target, version DESC", ModelRegistry::row);
  }

  /** One version. */
  public Optional<Version> find(long id) {
    return jdbc.query(SELECT + " WHERE id = ?", ModelRegistry::row, id).stream().findFirst();
  }

  /** The target's champion, when it has one. */
  public Optional<Version> champion(PlatformTarget target) {
    return jdbc
        .query(
            SELECT + " WHERE target = ? AND status = 'CHAMPION'", ModelRegistry::row, target.id())
        .stream()
        .findFirst();
  }

  /** The target's newest candidate, when it has one: the challenger. */
  public Optional<Version> challenger(PlatformTarget target) {
    return jdbc
        .query(
            SELECT + " WHERE target = ? AND status = 'CANDIDATE' ORDER BY version DESC",
            ModelRegistry::row,
            target.id())
        .stream()
        .findFirst();
  }

  /** A version's life, oldest first. */
  public List<Event> events(long id) {
    return jdbc.query(
        "SELECT action, actor, note, occurred_at FROM model_event WHERE model_id = ? ORDER BY event_id",
        (rs, n) ->
            new Event(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getTimestamp(4).toLocalDateTime()),
        id);
  }

  /**
   * Asks for a candidate's promotion to champion.
   *
   * @throws Refused when it is not a candidate or a promotion is already waiting
   */
  @Transactional
  public Version requestPromotion(long id, String actor, String note) {
    Version v = locked(id);
    if (v.status() != Status.CANDIDATE) {
      throw new Refused(
          "只有候选模型可以申请上线 / only a candidate can be promoted: " + v.label() + " is " + v.status());
    }
    if (v.requestedBy() != null) {
      throw new Refused(
          "已由 "
              + v.requestedBy()
              + " 申请上线，等待复核 / promotion already requested by "
              + v.requestedBy()
              + ", waiting for approval");
    }
    jdbc.update(
        "UPDATE model_version SET requested_by = ?, requested_at = ?, request_note = ? WHERE id = ?",
        actor,
        Timestamp.valueOf(now()),
        blankToNull(note),
        id);
    event(id, "REQUESTED", actor, note);
    audit.record(actor, AuditAction.MODEL_PROMOTION_REQUESTED, v.label(), note, null);
    return find(id).orElseThrow();
  }

  /**
   * Approves a requested promotion: the candidate becomes champion and the target's champion is
   * retired, in one transaction.
   *
   * @throws Refused when nothing was requested, or the approver is the requester
   */
  @Transactional
  public Version approve(long id, String actor, String note) {
    Version v = locked(id);
    if (!v.pending()) {
      throw new Refused(
          "没有待复核的上线申请 / there is no promotion of " + v.label() + " waiting for approval");
    }
    if (v.requestedBy().equals(actor)) {
      throw new Refused(
          "申请人不能复核自己的申请，需要另一位风控经理或分析师 / "
              + actor
              + " requested this promotion and cannot approve it: a second person (a risk manager"
              + " or another analyst) must");
    }
    Optional<Version> old = champion(PlatformTarget.of(v.target()));
    if (old.isPresent()) {
      jdbc.update("UPDATE model_version SET status = 'RETIRED' WHERE id = ?", old.get().id());
      event(old.get().id(), "RETIRED", actor, "replaced by " + v.label());
    }
    jdbc.update("UPDATE model_version SET status = 'CHAMPION' WHERE id = ?", id);
    event(id, "APPROVED", actor, note);
    audit.record(
        actor,
        AuditAction.MODEL_APPROVED,
        v.label(),
        "requested by "
            + v.requestedBy()
            + old.map(o -> "; retired " + o.label()).orElse("")
            + (note == null || note.isBlank() ? "" : "; " + note),
        null);
    return find(id).orElseThrow();
  }

  /**
   * Turns a requested promotion down; the version stays a candidate and may be asked for again.
   *
   * @throws Refused when nothing was requested
   */
  @Transactional
  public Version reject(long id, String actor, String note) {
    Version v = locked(id);
    if (!v.pending()) {
      throw new Refused(
          "没有待复核的上线申请 / there is no promotion of " + v.label() + " waiting for approval");
    }
    jdbc.update(
        "UPDATE model_version SET requested_by = NULL, requested_at = NULL, request_note = NULL"
            + " WHERE id = ?",
        id);
    event(id, "REJECTED", actor, note);
    audit.record(actor, AuditAction.MODEL_REJECTED, v.label(), note, null);
    return find(id).orElseThrow();
  }

  private Version locked(long id) {
    List<Version> found = jdbc.query(SELECT + " WHERE id = ? FOR UPDATE", ModelRegistry::row, id);
    if (found.isEmpty()) {
      throw new Refused("没有此模型版本 / no model version " + id);
    }
    return found.get(0);
  }

  private void event(long id, String action, String actor, String note) {
    jdbc.update(
        "INSERT INTO model_event (model_id, action, actor, note, occurred_at) VALUES (?, ?, ?, ?, ?)",
        id,
        action,
        actor,
        blankToNull(note),
        Timestamp.valueOf(now()));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.length() > 2000 ? s.substring(0, 2000) : s;
  }

  private static final String SELECT =
      "SELECT id, target, version, learner, dir, metrics, trained_by, trained_at, status,"
          + " requested_by, requested_at, request_note FROM model_version";

  private static Version row(ResultSet rs, int n) throws SQLException {
    Timestamp requested = rs.getTimestamp(11);
    return new Version(
        rs.getLong(1),
        rs.getString(2),
        rs.getInt(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getTimestamp(8).toLocalDateTime(),
        Status.valueOf(rs.getString(9)),
        rs.getString(10),
        requested == null ? null : requested.toLocalDateTime(),
        rs.getString(12));
  }
}
