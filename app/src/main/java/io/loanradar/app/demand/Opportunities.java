package io.loanradar.app.demand;

import io.loanradar.core.demand.Evidence;
import io.loanradar.core.demand.Need;
import io.loanradar.core.demand.OpportunityStage;
import io.loanradar.core.demand.Priority;
import io.loanradar.core.demand.Scenario;
import io.loanradar.core.product.LimitCheck;
import io.loanradar.core.product.ProductFit;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 商机管理 — creates opportunities from the needs found as of a date and moves them through their
 * lifecycle. One open opportunity per enterprise and scenario (new evidence refreshes it); after
 * LOST (or DISBURSED) the scenario stays quiet for the configured cooldown; a loan that starts on
 * or after the detection marks it DISBURSED and links the loan. Every move is recorded with who,
 * when and a note.
 */
@Component
public class Opportunities {

  /** Who the nightly run and the command line act as. */
  public static final String SYSTEM = "system";

  /** Products kept per opportunity. */
  static final int PRODUCTS_KEPT = 3;

  /**
   * What one refresh did.
   *
   * @param asOf the as-of date
   * @param created new opportunities
   * @param refreshed open ones given new evidence
   * @param disbursed ones closed by a new loan
   * @param cooledDown needs not opened again because of a recent close
   * @param elapsed time taken
   */
  public record Refresh(
      LocalDate asOf,
      int created,
      int refreshed,
      int disbursed,
      int cooledDown,
      Duration elapsed) {}

  private final DemandScan scan;
  private final JdbcTemplate jdbc;
  private final OpportunityRows rows;
  private final TransactionTemplate tx;
  private final DemandProperties properties;
  private final Clock clock;

  Opportunities(
      DemandScan scan,
      JdbcTemplate jdbc,
      TransactionTemplate tx,
      DemandProperties properties,
      Clock clock) {
    this.scan = scan;
    this.jdbc = jdbc;
    this.rows = new OpportunityRows(jdbc);
    this.tx = tx;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Finds every need as of {@code asOf} and keeps it: links new loans to open opportunities,
   * refreshes open ones, opens new ones outside the cooldown.
   */
  public Refresh refresh(LocalDate asOf) throws SQLException {
    long start = System.nanoTime();
    int disbursed = linkLoans(asOf);
    List<DemandScan.Found> found = scan.scan(asOf);
    Map<String, Opportunity> open = new HashMap<>();
    for (Opportunity o : rows.query("WHERE open_key IS NOT NULL")) {
      open.put(OpportunityRows.openKey(o.enterpriseId(), o.scenario()), o);
    }
    Map<String, LocalDate> quietUntil = quietUntil();
    Map<String, String> owners = new HashMap<>();
    jdbc.query(
        "SELECT enterprise_id, rm_id FROM enterprise WHERE rm_id IS NOT NULL",
        rs -> {
          owners.put(rs.getString(1), rs.getString(2));
        });
    int[] counts = new int[3];
    tx.executeWithoutResult(
        status -> {
          for (DemandScan.Found f : found) {
            String id = f.enterprise().id().value();
            String key = OpportunityRows.openKey(id, f.need().scenario());
            Opportunity fresh = build(f, asOf, Optional.ofNullable(owners.get(id)), open.get(key));
            if (open.containsKey(key)) {
              rows.refresh(fresh);
              counts[1]++;
            } else if (quietUntil.getOrDefault(key, LocalDate.MIN).isAfter(asOf)) {
              counts[2]++;
            } else {
              rows.insert(fresh);
              rows.transition(
                  fresh.id(),
                  null,
                  OpportunityStage.NEW,
                  SYSTEM,
                  LocalDateTime.now(clock),
                  "detected as of " + asOf);
              open.put(key, fresh);
              counts[0]++;
            }
          }
        });
    return new Refresh(
        asOf,
        counts[0],
        counts[1],
        disbursed,
        counts[2],
        Duration.ofNanos(System.nanoTime() - start));
  }

  private Map<String, LocalDate> quietUntil() {
    Map<String, LocalDate> out = new HashMap<>();
    jdbc.query(
        "SELECT enterprise_id, scenario, stage, MAX(closed_on) FROM opportunity"
            + " WHERE closed_on IS NOT NULL GROUP BY enterprise_id, scenario, stage",
        rs -> {
          int days =
              OpportunityStage.valueOf(rs.getString(3)) == OpportunityStage.LOST
                  ? properties.cooldownDays()
                  : properties.disbursedCooldownDays();
          LocalDate until = rs.getObject(4, LocalDate.class).plusDays(days);
          out.merge(
              OpportunityRows.openKey(rs.getString(1), Scenario.valueOf(rs.getString(2))),
              until,
              (a, b) -> a.isAfter(b) ? a : b);
        });
    return out;
  }

  /** Marks DISBURSED every open opportunity whose enterprise started a loan since its detection. */
  int linkLoans(LocalDate asOf) {
    List<Opportunity> open = rows.query("WHERE open_key IS NOT NULL ORDER BY opportunity_id");
    if (open.isEmpty()) {
      return 0;
    }
    Integer done =
        tx.execute(
            status -> {
              int n = 0;
              for (Opportunity o : open) {
                List<Map<String, Object>> loans =
                    jdbc.queryForList(
                        "SELECT loan_id, start_date, amount FROM loan WHERE enterprise_id = ?"
                            + " AND start_date >= ? AND start_date <= ?"
                            + " ORDER BY start_date, loan_id",
                        o.enterpriseId(),
                        Date.valueOf(o.detectedOn()),
                        Date.valueOf(asOf));
                if (loans.isEmpty()) {
                  continue;
                }
                Map<String, Object> loan = loans.get(0);
                String loanId = (String) loan.get("loan_id");
                LocalDate started = ((Date) loan.get("start_date")).toLocalDate();
                rows.move(o.id(), OpportunityStage.DISBURSED, started, loanId, null);
                rows.transition(
                    o.id(),
                    o.stage(),
                    OpportunityStage.DISBURSED,
                    SYSTEM,
                    LocalDateTime.now(clock),
                    "loan " + loanId + " of CNY " + loan.get("amount") + " started on " + started);
                n++;
              }
              return n;
            });
    return done == null ? 0 : done;
  }

  private static Opportunity build(
      DemandScan.Found f, LocalDate asOf, Optional<String> owner, Opportunity existing) {
    Need need = f.need();
    List<ProductFit> eligible = f.products().stream().filter(ProductFit::eligible).toList();
    List<ProductFit> kept = eligible.subList(0, Math.min(PRODUCTS_KEPT, eligible.size()));
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (ProductFit p : kept) {
      zh.add(p.product().code() + " 匹配度" + Math.round(p.fit()) + "：" + reasons(p, true));
      en.add(p.product().code() + " fit " + Math.round(p.fit()) + ": " + reasons(p, false));
    }
    for (ProductFit p : f.products()) {
      if (!p.eligible()) {
        zh.add(p.product().code() + " 不适用：" + reasons(p, true));
        en.add(p.product().code() + " not offered: " + reasons(p, false));
      }
    }
    Optional<String> limitFlag =
        kept.stream()
            .findFirst()
            .flatMap(ProductFit::limit)
            .filter(LimitCheck::breaches)
            .map(c -> String.join(",", c.breached()) + " headroom " + c.headroom().toPlainString());
    List<Evidence> evidence = new ArrayList<>(need.trigger().evidence());
    evidence.add(need.method());
    Priority.propensityEvidence(f.propensity(), asOf).ifPresent(evidence::add);
    String id =
        existing != null
            ? existing.id()
            : "OP"
                + asOf.format(DateTimeFormatter.BASIC_ISO_DATE)
                + "-"
                + f.enterprise().id().value()
                + "-"
                + need.scenario().ordinal();
    return new Opportunity(
        id,
        f.enterprise().id().value(),
        need.scenario(),
        existing != null ? existing.stage() : OpportunityStage.NEW,
        existing != null ? existing.detectedOn() : asOf,
        asOf,
        need.amount(),
        need.amountMethod(),
        need.expectedBy(),
        Priority.of(f.grade(), need.amount(), asOf, need.expectedBy(), f.propensity()),
        owner,
        kept.stream().map(p -> p.product().code()).toList(),
        zh,
        en,
        limitFlag,
        evidence.stream().map(Evidence::zh).toList(),
        evidence.stream().map(Evidence::en).toList(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static String reasons(ProductFit p, boolean chinese) {
    return p.reasons().stream()
        .map(r -> (chinese ? r.zh() : r.en()).replace(OpportunityRows.SEPARATOR, ","))
        .collect(Collectors.joining(chinese ? "，" : ", "));
  }

  /** Every opportunity (open and closed), newest detection first. */
  public List<Opportunity> all() {
    return rows.query("ORDER BY detected_on DESC, opportunity_id");
  }

  /**
   * The open opportunities of one owner (or of everyone when {@code owner} is null), by priority.
   */
  public List<Opportunity> open(String owner) {
    return owner == null
        ? rows.query("WHERE open_key IS NOT NULL ORDER BY priority, expected_by, opportunity_id")
        : rows.query(
            "WHERE open_key IS NOT NULL AND owner = ? ORDER BY priority, expected_by,"
                + " opportunity_id",
            owner);
  }

  /** The opportunities of one enterprise, newest first. */
  public List<Opportunity> ofEnterprise(String enterpriseId) {
    return rows.query(
        "WHERE enterprise_id = ? ORDER BY detected_on DESC, opportunity_id", enterpriseId);
  }

  /** One opportunity. */
  public Optional<Opportunity> find(String id) {
    return rows.find(id);
  }

  /** Its recorded moves, oldest first. */
  public List<Opportunity.Transition> transitions(String id) {
    return rows.transitions(id);
  }

  /**
   * Moves an opportunity one stage on (NEW → CONTACTED → QUALIFIED → APPLIED → APPROVED →
   * DISBURSED), as {@code actor}. Use {@link #lose} to close it as lost.
   *
   * @throws IllegalArgumentException when the opportunity does not exist, the actor is blank or the
   *     target is LOST
   * @throws IllegalStateException when the move is not allowed from its stage
   */
  public Opportunity move(String id, OpportunityStage target, String actor, String note) {
    if (target == OpportunityStage.LOST) {
      throw new IllegalArgumentException("an opportunity is lost with a reason: use lose()");
    }
    return change(id, target, actor, note, null);
  }

  /**
   * Closes an opportunity as LOST with a reason, as {@code actor}.
   *
   * @throws IllegalArgumentException when it does not exist, or the actor or reason is blank
   * @throws IllegalStateException when it is already closed
   */
  public Opportunity lose(String id, String actor, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("opportunity " + id + ": LOST needs a reason");
    }
    return change(id, OpportunityStage.LOST, actor, reason, reason);
  }

  private Opportunity change(
      String id, OpportunityStage target, String actor, String note, String lostReason) {
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("opportunity " + id + ": a move needs the actor");
    }
    return tx.execute(
        status -> {
          Opportunity o =
              rows.find(id)
                  .orElseThrow(() -> new IllegalArgumentException("no opportunity with id " + id));
          try {
            o.stage().requireMoveTo(target);
          } catch (IllegalStateException e) {
            throw new IllegalStateException("opportunity " + id + ": " + e.getMessage(), e);
          }
          LocalDateTime now = LocalDateTime.now(clock);
          rows.move(id, target, now.toLocalDate(), null, lostReason);
          rows.transition(id, o.stage(), target, actor, now, note);
          return rows.find(id).orElseThrow();
        });
  }
}
