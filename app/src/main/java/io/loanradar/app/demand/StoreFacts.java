package io.loanradar.app.demand;

import io.loanradar.core.customer.EnterpriseId;
import io.loanradar.core.demand.ChainLink;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What demand mining needs from the store beyond one enterprise's snapshot, read once per run: the
 * latest grades on the as-of date, supply links to core enterprises, and exposures.
 */
final class StoreFacts {

  final Map<String, String> grades = new HashMap<>();
  final Map<String, String> tiers = new HashMap<>();
  final Map<String, List<ChainLink>> links = new HashMap<>();
  final Map<String, BigDecimal> exposure = new HashMap<>();
  final Map<String, BigDecimal> groupExposure = new HashMap<>();
  final Map<String, String> groupOf = new HashMap<>();

  /** The champion propensity_90d model's probability in the latest score, where there is one. */
  final Map<String, Double> propensities = new HashMap<>();

  private StoreFacts() {}

  /**
   * Reads the facts as of a date. Exposure is the outstanding of loans here that had started and
   * are ACTIVE in the store (their latest known status).
   */
  static StoreFacts read(JdbcTemplate jdbc, LocalDate asOf, int coreMinSuppliers) {
    return read(jdbc, asOf.minusDays(RECEIPT_DAYS), asOf, coreMinSuppliers);
  }

  /**
   * Days of a supplier's receipts from its core enterprises a scan reads before its as-of date: the
   * 60 days of a year earlier need 425.
   */
  static final int RECEIPT_DAYS = 425;

  /**
   * Reads the facts as of a date, with each supplier's receipts from its core enterprises booked
   * from {@code receiptsFrom} to {@code asOf} (a back-test reads its whole range at once).
   */
  static StoreFacts read(
      JdbcTemplate jdbc, LocalDate receiptsFrom, LocalDate asOf, int coreMinSuppliers) {
    StoreFacts f = new StoreFacts();
    Date day = Date.valueOf(asOf);
    jdbc.query(
        "SELECT s.enterprise_id, s.grade, s.tier, s.propensity_90d FROM score s JOIN (SELECT enterprise_id,"
            + " MAX(as_of) AS latest FROM score WHERE as_of <= ? GROUP BY enterprise_id) x"
            + " ON s.enterprise_id = x.enterprise_id AND s.as_of = x.latest",
        rs -> {
          f.grades.put(rs.getString(1), rs.getString(2));
          f.tiers.put(rs.getString(1), rs.getString(3));
          BigDecimal propensity = rs.getBigDecimal(4);
          if (propensity != null) {
            f.propensities.put(rs.getString(1), propensity.doubleValue());
          }
        },
        day);
    Map<String, String> names = new HashMap<>();
    jdbc.query(
        "SELECT enterprise_id, name, group_id FROM enterprise",
        rs -> {
          names.put(rs.getString(1), rs.getString(2));
          if (rs.getString(3) != null) {
            f.groupOf.put(rs.getString(1), rs.getString(3));
          }
        });
    record Link(String supplier, String buyer, BigDecimal weight, LocalDate since) {}
    List<Link> supplies = new ArrayList<>();
    jdbc.query(
        "SELECT from_id, to_id, weight, since FROM relation WHERE type = 'SUPPLIES'"
            + " AND (since IS NULL OR since <= ?)",
        rs -> {
          supplies.add(
              new Link(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getBigDecimal(3),
                  rs.getObject(4, LocalDate.class)));
        },
        day);
    Map<String, Integer> suppliersOf = new HashMap<>();
    for (Link l : supplies) {
      if (names.containsKey(l.supplier()) && names.containsKey(l.buyer())) {
        suppliersOf.merge(l.buyer(), 1, Integer::sum);
      }
    }
    Map<String, NavigableMap<LocalDate, BigDecimal>> receipts = new HashMap<>();
    jdbc.query(
        "SELECT t.enterprise_id, t.counterparty_enterprise_id, t.flow_day, SUM(t.amount) FROM txn t"
            + " JOIN relation r ON r.type = 'SUPPLIES' AND r.from_id = t.enterprise_id"
            + " AND r.to_id = t.counterparty_enterprise_id"
            + " WHERE t.direction = 'IN' AND t.flow_day BETWEEN ? AND ?"
            + " GROUP BY t.enterprise_id, t.counterparty_enterprise_id, t.flow_day",
        rs -> {
          receipts
              .computeIfAbsent(rs.getString(1) + '>' + rs.getString(2), k -> new TreeMap<>())
              .put(rs.getObject(3, LocalDate.class), rs.getBigDecimal(4));
        },
        Date.valueOf(receiptsFrom),
        day);
    for (Link l : supplies) {
      if (names.containsKey(l.supplier())
          && suppliersOf.getOrDefault(l.buyer(), 0) >= coreMinSuppliers) {
        f.links
            .computeIfAbsent(l.supplier(), k -> new ArrayList<>())
            .add(
                new ChainLink(
                    new EnterpriseId(l.buyer()),
                    names.get(l.buyer()),
                    true,
                    Optional.ofNullable(l.weight()).map(BigDecimal::doubleValue),
                    Optional.ofNullable(l.since()),
                    receipts.getOrDefault(l.supplier() + '>' + l.buyer(), new TreeMap<>())));
      }
    }
    jdbc.query(
        "SELECT enterprise_id, SUM(COALESCE(outstanding, amount)) FROM loan"
            + " WHERE start_date <= ? AND status = 'ACTIVE' GROUP BY enterprise_id",
        rs -> {
          f.exposure.put(rs.getString(1), rs.getBigDecimal(2));
        },
        day);
    f.exposure.forEach(
        (id, v) -> {
          String group = f.groupOf.get(id);
          if (group != null) {
            f.groupExposure.merge(group, v, BigDecimal::add);
          }
        });
    return f;
  }

  BigDecimal exposureOf(String id) {
    return exposure.getOrDefault(id, BigDecimal.ZERO);
  }

  BigDecimal groupExposureOf(String id) {
    String group = groupOf.get(id);
    return group == null ? exposureOf(id) : groupExposure.getOrDefault(group, BigDecimal.ZERO);
  }

  List<ChainLink> linksOf(String id) {
    return links.getOrDefault(id, List.of());
  }

  Optional<String> grade(String id) {
    return Optional.ofNullable(grades.get(id));
  }

  java.util.OptionalDouble propensity(String id) {
    Double p = propensities.get(id);
    return p == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(p);
  }
}
