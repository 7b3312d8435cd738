package io.loanradar.bench.score;

import io.loanradar.core.customer.Enterprise;
import io.loanradar.core.customer.EnterpriseId;
import io.loanradar.core.feature.DailyBalance;
import io.loanradar.core.feature.DailyFlow;
import io.loanradar.core.feature.EnterpriseSnapshot;
import io.loanradar.core.feature.FeatureEngine;
import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * LoanRadar's side of the shared part: {@code flow_daily} and {@code balance_daily} read from the
 * store the way {@code SnapshotReader} reads them (same windows, one ordered cursor per table), and
 * the core {@link FeatureEngine} run on snapshots that carry only those rows.
 */
final class StoreFlowFeatures {

  private static final int FLOW_DAYS = 731;
  private static final int BALANCE_DAYS = 120;
  private static final int FETCH = 2_000;

  private final String url;
  private final String user;

  StoreFlowFeatures(String url, String user) {
    this.url = url;
    this.user = user;
  }

  /** The shared features by enterprise id. */
  Map<String, Map<String, Double>> compute(LocalDate asOf) throws SQLException {
    FeatureEngine engine = new FeatureEngine();
    Map<String, Map<String, Double>> out = new HashMap<>();
    try (Connection c = DriverManager.getConnection(url, user, "")) {
      c.setAutoCommit(false);
      try (PreparedStatement fq =
              c.prepareStatement(
                  "SELECT enterprise_id, flow_day, direction, purpose, total, txn_count, max_amount"
                      + " FROM flow_daily WHERE flow_day BETWEEN ? AND ?"
                      + " ORDER BY enterprise_id COLLATE \"C\", flow_day");
          PreparedStatement bq =
              c.prepareStatement(
                  "SELECT enterprise_id, account_id, flow_day, min_balance, close_balance"
                      + " FROM balance_daily WHERE flow_day BETWEEN ? AND ?"
                      + " ORDER BY enterprise_id COLLATE \"C\", flow_day")) {
        fq.setDate(1, Date.valueOf(asOf.minusDays(FLOW_DAYS)));
        fq.setDate(2, Date.valueOf(asOf));
        bq.setDate(1, Date.valueOf(asOf.minusDays(BALANCE_DAYS)));
        bq.setDate(2, Date.valueOf(asOf));
        fq.setFetchSize(FETCH);
        bq.setFetchSize(FETCH);
        try (ResultSet flows = fq.executeQuery();
            ResultSet balances = bq.executeQuery()) {
          boolean hasFlow = flows.next();
          boolean hasBalance = balances.next();
          while (hasFlow || hasBalance) {
            String id =
                next(
                    hasFlow ? flows.getString(1) : null, hasBalance ? balances.getString(1) : null);
            List<DailyFlow> f = new ArrayList<>();
            while (hasFlow && flows.getString(1).equals(id)) {
              f.add(
                  new DailyFlow(
                      flows.getObject(2, LocalDate.class),
                      Direction.valueOf(flows.getString(3)),
                      Purpose.valueOf(flows.getString(4)),
                      flows.getBigDecimal(5),
                      flows.getLong(6),
                      flows.getBigDecimal(7)));
              hasFlow = flows.next();
            }
            List<DailyBalance> b = new ArrayList<>();
            while (hasBalance && balances.getString(1).equals(id)) {
              b.add(
                  new DailyBalance(
                      balances.getString(2),
                      balances.getObject(3, LocalDate.class),
                      balances.getBigDecimal(4),
                      balances.getBigDecimal(5)));
              hasBalance = balances.next();
            }
            EnterpriseSnapshot s =
                new EnterpriseSnapshot(
                    asOf,
                    enterprise(id),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    f,
                    b,
                    List.of());
            Map<String, Double> shared = new HashMap<>(engine.compute(s).asMap());
            shared.keySet().retainAll(DuckDbFlowFeatures.SHARED);
            out.put(id, shared);
          }
        }
      } finally {
        c.rollback();
      }
    }
    return out;
  }

  private static String next(String flowId, String balanceId) {
    if (flowId == null) {
      return balanceId;
    }
    if (balanceId == null) {
      return flowId;
    }
    return flowId.compareTo(balanceId) <= 0 ? flowId : balanceId;
  }

  private static Enterprise enterprise(String id) {
    return new Enterprise(
        new EnterpriseId(id),
        id,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
