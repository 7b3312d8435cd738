package io.loanradar.app.warning;

import io.loanradar.core.warning.AlertStatus;
import io.loanradar.core.warning.Assessment;
import io.loanradar.core.warning.Severity;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 预警管理 — raises alerts as of a date (one open alert per debtor, escalated in place when the debtor
 * gets worse), moves them through their lifecycle with who, when and a note, and escalates those
 * whose acknowledgement SLA was missed. Every method that changes an alert takes the actor's name.
 */
@Service
public class Alerts {

  /** The actor of what the platform does by itself. */
  public static final String SYSTEM = "system";

  private final Assessing assessing;
  private final AlertStore store;
  private final WarningProperties properties;
  private final Clock clock;
  private final TransactionTemplate tx;

  Alerts(
      Assessing assessing,
      AlertStore store,
      WarningProperties properties,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.assessing = assessing;
    this.store = store;
    this.properties = properties;
    this.clock = clock;
    this.tx = new TransactionTemplate(transactions);
  }

  /**
   * What one run found and did.
   *
   * @param asOf the as-of date
   * @param assessments every debtor's assessment
   * @param raised alerts newly raised
   * @param escalated open alerts made more severe
   * @param unchanged open alerts the run left as they were
   * @param elapsed how long it took
   */
  public record Run(
      LocalDate asOf,
      List<Assessment> assessments,
      List<Alert> raised,
      List<Alert> escalated,
      List<Alert> unchanged,
      Duration elapsed) {

    /** Copies the lists. */
    public Run {
      assessments = List.copyOf(assessments);
      raised = List.copyOf(raised);
      escalated = List.copyOf(escalated);
      unchanged = List.copyOf(unchanged);
    }

    /** The alerts this run stands behind: raised, escalated or confirmed, by enterprise. */
    public List<Alert> current() {
      List<Alert> all = new ArrayList<>(raised);
      all.addAll(escalated);
      all.addAll(unchanged);
      all.sort(java.util.Comparator.comparing(Alert::enterpriseId));
      return all;
    }
  }

  /**
   * Assesses every debtor as of a date and raises or escalates alerts.
   *
   * @param asOf the as-of date; only what was known then counts
   * @param actor who runs it (a user, or {@link #SYSTEM})
   */
  public synchronized Run raise(LocalDate asOf, String actor) throws SQLException {
    requireActor(actor);
    Instant started = clock.instant();
    List<Assessment> assessments = assessing.assessAll(asOf);
    List<Alert> raised = new ArrayList<>();
    List<Alert> escalated = new ArrayList<>();
    List<Alert> unchanged = new ArrayList<>();
    tx.executeWithoutResult(
        status -> {
          Map<String, Alert> open = store.openByEnterprise();
          Map<String, Integer> counts = store.countsByEnterprise();
          AlertStore.Writes writes = store.writes();
          List<String> raisedIds = new ArrayList<>();
          List<String> escalatedIds = new ArrayList<>();
          for (Assessment a : assessments) {
            Optional<Severity> severity = a.alertSeverity(assessing.engine().config());
            if (severity.isEmpty()) {
              continue;
            }
            String enterprise = a.enterpriseId().value();
            Alert current = open.get(enterprise);
            if (current == null) {
              int n = counts.getOrDefault(enterprise, 0) + 1;
              raisedIds.add(raiseNew(writes, a, severity.get(), actor, n));
            } else if (a.riskGrade() > current.riskGrade()) {
              escalatedIds.add(escalate(writes, current, a, severity.get(), actor));
            } else {
              unchanged.add(current);
            }
          }
          writes.flush();
          Map<String, Alert> byId = new HashMap<>();
          if (!raisedIds.isEmpty() || !escalatedIds.isEmpty()) {
            store.open().forEach(x -> byId.put(x.alertId(), x));
          }
          raisedIds.forEach(id -> raised.add(byId.get(id)));
          escalatedIds.forEach(id -> escalated.add(byId.get(id)));
        });
    return new Run(
        asOf,
        assessments,
        raised,
        escalated,
        unchanged,
        Duration.between(started, clock.instant()));
  }

  /** Gathers a new alert and its first step; returns its id. */
  private String raiseNew(
      AlertStore.Writes writes, Assessment a, Severity severity, String actor, int number) {
    Instant now = clock.instant();
    String id =
        "AL"
            + a.asOf().format(DateTimeFormatter.BASIC_ISO_DATE)
            + "-"
            + a.enterpriseId().value()
            + "-"
            + number;
    writes.insert(id, a, severity, now, now.plus(properties.slaFor(severity)));
    writes.step(
        id,
        now,
        actor,
        "RAISED",
        null,
        AlertStatus.NEW,
        severity,
        "风险等级" + a.riskGrade() + " / risk grade " + a.riskGrade() + ": " + a.signalCodes());
    return id;
  }

  /** Gathers an escalation of an open alert and its step; returns the alert's id. */
  private String escalate(
      AlertStore.Writes writes, Alert open, Assessment a, Severity severity, String actor) {
    Instant now = clock.instant();
    Instant due =
        open.acknowledgedAt().isPresent() ? open.slaDueAt() : now.plus(properties.slaFor(severity));
    writes.escalate(open.alertId(), a, severity, now, due);
    writes.step(
        open.alertId(),
        now,
        actor,
        "ESCALATED",
        null,
        null,
        severity,
        "风险等级 "
            + open.riskGrade()
            + " → "
            + a.riskGrade()
            + " / risk grade "
            + open.riskGrade()
            + " → "
            + a.riskGrade()
            + " as of "
            + a.asOf()
            + ": "
            + a.signalCodes());
    return open.alertId();
  }

  /** NEW → ACKNOWLEDGED. */
  public Alert acknowledge(String alertId, String actor, String note) {
    return move(alertId, AlertStatus.ACKNOWLEDGED, actor, note);
  }

  /** ACKNOWLEDGED → IN_PROGRESS. */
  public Alert startWork(String alertId, String actor, String note) {
    return move(alertId, AlertStatus.IN_PROGRESS, actor, note);
  }

  /** → RESOLVED. */
  public Alert resolve(String alertId, String actor, String note) {
    return move(alertId, AlertStatus.RESOLVED, actor, note);
  }

  /** → FALSE_POSITIVE. */
  public Alert markFalsePositive(String alertId, String actor, String note) {
    return move(alertId, AlertStatus.FALSE_POSITIVE, actor, note);
  }

  /**
   * Moves an alert to another status, keeping who, when and the note.
   *
   * @throws IllegalArgumentException when the alert does not exist or the actor is blank
   * @throws IllegalStateException when the move is not allowed from the alert's status
   */
  public Alert move(String alertId, AlertStatus to, String actor, String note) {
    requireActor(actor);
    return tx.execute(
        status -> {
          Alert alert =
              store
                  .findForUpdate(alertId)
                  .orElseThrow(() -> new IllegalArgumentException("预警不存在 / no alert " + alertId));
          alert.status().requireMoveTo(to);
          Instant now = clock.instant();
          store.move(alertId, to, now);
          store.step(alertId, now, actor, "TRANSITION", alert.status(), to, alert.severity(), note);
          return store.find(alertId).orElseThrow();
        });
  }

  /** Escalates to the supervisor every NEW alert whose acknowledgement is overdue now. */
  public List<Alert> escalateMissedSla() {
    return escalateMissedSla(clock.instant());
  }

  /**
   * Escalates to the supervisor every NEW alert whose acknowledgement was due before {@code now}.
   */
  public List<Alert> escalateMissedSla(Instant now) {
    List<Alert> done = new ArrayList<>();
    tx.executeWithoutResult(
        status -> {
          for (Alert a : store.missedSla(now)) {
            if (store.markEscalated(a.alertId(), now)) {
              store.step(
                  a.alertId(),
                  now,
                  SYSTEM,
                  "SLA_MISSED",
                  null,
                  null,
                  a.severity(),
                  "未在"
                      + a.slaDueAt()
                      + "前确认,已升级至主管 / not acknowledged by "
                      + a.slaDueAt()
                      + ", escalated to the supervisor");
              done.add(store.find(a.alertId()).orElseThrow());
            }
          }
        });
    return done;
  }

  /** An alert by id. */
  public Optional<Alert> find(String alertId) {
    return store.find(alertId);
  }

  /** Open alerts, worst grade first. */
  public List<Alert> open() {
    return store.open();
  }

  /** Every alert of an enterprise, oldest first. */
  public List<Alert> ofEnterprise(String enterpriseId) {
    return store.ofEnterprise(enterpriseId);
  }

  /** The steps of an alert's life, oldest first. */
  public List<Alert.Step> history(String alertId) {
    return store.steps(alertId);
  }

  static void requireActor(String actor) {
    if (actor == null || actor.isBlank() || actor.length() > 64) {
      throw new IllegalArgumentException("操作人必填 / an actor name of 1-64 characters is required");
    }
  }
}
