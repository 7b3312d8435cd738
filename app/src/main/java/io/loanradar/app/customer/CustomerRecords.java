package io.loanradar.app.customer;

import io.loanradar.app.ingest.DerivedData;
import io.loanradar.app.security.DataScope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the store holds about one enterprise beyond its profile, for the customer page: monthly
 * account flows, financial statements, this bank's loans, credit-bureau lines, events and
 * relations. Every list is bounded so a long-standing customer's page stays small.
 */
@Repository
class CustomerRecords {

  /** Months of flows the page charts. */
  static final int FLOW_MONTHS = 24;

  private static final int EVENTS = 30;

  private final JdbcClient jdbc;
  private final DerivedData derived;

  CustomerRecords(JdbcClient jdbc, DerivedData derived) {
    this.jdbc = jdbc;
    this.derived = derived;
  }

  /**
   * One month of account flows, in CNY yuan.
   *
   * @param month the calendar month
   * @param inflow money received
   * @param outflow money paid
   */
  record MonthlyFlow(YearMonth month, BigDecimal inflow, BigDecimal outflow) {
    /** Inflow less outflow. */
    public BigDecimal net() {
      return inflow.subtract(outflow);
    }

    /** Inflow, outflow and net in 万元 with two decimals, for the chart. */
    public List<BigDecimal> wan() {
      return List.of(
          CustomerRecords.wan(inflow), CustomerRecords.wan(outflow), CustomerRecords.wan(net()));
    }
  }

  /** Yuan to 万元 with two decimals; null stays null. */
  static BigDecimal wan(BigDecimal yuan) {
    return yuan == null ? null : yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * A financial statement's headline figures, in CNY yuan.
   *
   * @param periodEnd the last day of the period
   * @param periodType Y annual, H half-year, Q quarter, M month
   * @param revenue operating revenue
   * @param netProfit net profit
   * @param totalAssets total assets
   * @param totalLiabilities total liabilities
   * @param operatingCashFlow net operating cash flow
   */
  record Statement(
      LocalDate periodEnd,
      String periodType,
      BigDecimal revenue,
      BigDecimal netProfit,
      BigDecimal totalAssets,
      BigDecimal totalLiabilities,
      BigDecimal operatingCashFlow) {
    /** Revenue in 万元 with two decimals, for the chart; null when not reported. */
    public BigDecimal revenueWan() {
      return wan(revenue);
    }

    /** Net profit in 万元 with two decimals, for the chart; null when not reported. */
    public BigDecimal netProfitWan() {
      return wan(netProfit);
    }

    /** Liabilities over assets in percent, one decimal; null when either is missing or zero. */
    public BigDecimal debtRatio() {
      if (totalAssets == null || totalLiabilities == null || totalAssets.signum() == 0) {
        return null;
      }
      return totalLiabilities
          .multiply(BigDecimal.valueOf(100))
          .divide(totalAssets, 1, RoundingMode.HALF_UP);
    }
  }

  /**
   * A loan of this bank, as last observed.
   *
   * @param loanId the loan
   * @param productCode its product
   * @param amount principal granted
   * @param outstanding principal outstanding
   * @param annualRate annual interest rate, e.g. 0.0385
   * @param startDate drawn on
   * @param maturityDate due on
   * @param status ACTIVE, OVERDUE, SETTLED, …
   * @param overdueDays days overdue
   * @param fiveCategory the bank's five-category class
   * @param statusDate when the status was observed
   */
  record LoanLine(
      String loanId,
      String productCode,
      BigDecimal amount,
      BigDecimal outstanding,
      BigDecimal annualRate,
      LocalDate startDate,
      LocalDate maturityDate,
      String status,
      Long overdueDays,
      String fiveCategory,
      LocalDate statusDate) {}

  /**
   * A facility in the latest credit-bureau report.
   *
   * @param reportDate the report's date
   * @param lender the lending institution
   * @param facilityType loan, guarantee, …
   * @param creditLimit limit granted
   * @param outstanding drawn
   * @param overdueAmount overdue
   * @param maxOverdueDays longest overdue
   * @param fiveCategory the lender's five-category class
   * @param maturityDate when it falls due, null when the report does not say
   */
  record BureauLine(
      LocalDate reportDate,
      String lender,
      String facilityType,
      BigDecimal creditLimit,
      BigDecimal outstanding,
      BigDecimal overdueAmount,
      Long maxOverdueDays,
      String fiveCategory,
      LocalDate maturityDate) {}

  /**
   * An event about the enterprise.
   *
   * @param occurredAt when
   * @param source NEWS, COURT, REGISTRY, …
   * @param type the event type
   * @param title its headline
   * @param sentiment −1 … 1 where known
   * @param amount an amount it names
   */
  record EventLine(
      LocalDateTime occurredAt,
      String source,
      String type,
      String title,
      BigDecimal sentiment,
      BigDecimal amount) {}

  /**
   * A relation of the enterprise, seen from it. A party that is a customer the user may not see
   * (out of their scope, or not on file) comes without id or name: the page shows it as a customer
   * out of scope, so neither the table nor the graph tells whose customer it is.
   *
   * @param otherId the other party's id; empty when it is hidden
   * @param otherName its name when it is a customer in the user's scope, else null
   * @param type the relation type
   * @param outgoing true when the enterprise is the relation's {@code from} party
   * @param weight share or strength where given
   * @param since since when
   * @param node the party's key in the relations graph: its id, or {@code hidden-n} when hidden
   */
  record RelationLine(
      String otherId,
      String otherName,
      String type,
      boolean outgoing,
      BigDecimal weight,
      LocalDate since,
      String node) {

    /** Whether the party is an outside one ({@code ext:} name). */
    public boolean outside() {
      return otherId.startsWith("ext:");
    }

    /** Whether the party is a customer the user may not see. */
    public boolean hidden() {
      return otherId.isEmpty();
    }
  }

  /**
   * The last {@link #FLOW_MONTHS} months of flows up to the enterprise's latest flow day (fewer for
   * a younger account), every month present (zero when nothing moved).
   */
  List<MonthlyFlow> monthlyFlows(String enterpriseId) {
    derived.awaitComplete();
    LocalDate[] span =
        jdbc.sql("SELECT MIN(flow_day), MAX(flow_day) FROM flow_daily WHERE enterprise_id = ?")
            .param(enterpriseId)
            .query(
                (rs, n) ->
                    new LocalDate[] {
                      rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)
                    })
            .single();
    LocalDate last = span[1];
    if (last == null) {
      return List.of();
    }
    YearMonth to = YearMonth.from(last);
    YearMonth earliest = YearMonth.from(span[0]);
    YearMonth from = to.minusMonths(FLOW_MONTHS - 1L);
    if (from.isBefore(earliest)) {
      from = earliest;
    }
    Map<YearMonth, BigDecimal[]> months = new LinkedHashMap<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      months.put(m, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
    }
    jdbc.sql(
            "SELECT flow_day, direction, SUM(total) FROM flow_daily"
                + " WHERE enterprise_id = ? AND flow_day BETWEEN ? AND ?"
                + " GROUP BY flow_day, direction")
        .params(enterpriseId, from.atDay(1), last)
        .query(
            rs -> {
              YearMonth month = YearMonth.from(rs.getObject(1, LocalDate.class));
              int side = "IN".equals(rs.getString(2)) ? 0 : 1;
              BigDecimal[] sums = months.get(month);
              sums[side] = sums[side].add(rs.getBigDecimal(3));
            });
    List<MonthlyFlow> flows = new ArrayList<>();
    months.forEach((m, sums) -> flows.add(new MonthlyFlow(m, sums[0], sums[1])));
    return flows;
  }

  /** Statements, oldest first, at most the last twelve. */
  List<Statement> statements(String enterpriseId) {
    List<Statement> latest =
        jdbc.sql(
                "SELECT period_end, period_type, revenue, net_profit, total_assets,"
                    + " total_liabilities, operating_cash_flow FROM financial_statement"
                    + " WHERE enterprise_id = ? ORDER BY period_end DESC, period_type LIMIT 12")
            .param(enterpriseId)
            .query(Statement.class)
            .list();
    List<Statement> ordered = new ArrayList<>(latest);
    java.util.Collections.reverse(ordered);
    return ordered;
  }

  /** This bank's loans, latest maturity first. */
  List<LoanLine> loans(String enterpriseId) {
    return jdbc.sql(
            "SELECT loan_id, product_code, amount, outstanding, annual_rate, start_date,"
                + " maturity_date, status, overdue_days, five_category, status_date FROM loan"
                + " WHERE enterprise_id = ? ORDER BY maturity_date DESC, loan_id")
        .param(enterpriseId)
        .query(LoanLine.class)
        .list();
  }

  /** The facilities of the latest bureau report. */
  List<BureauLine> bureau(String enterpriseId) {
    return jdbc.sql(
            "SELECT report_date, lender, facility_type, credit_limit, outstanding, overdue_amount,"
                + " max_overdue_days, five_category, maturity_date FROM credit_record"
                + " WHERE enterprise_id = ?"
                + " AND report_date = (SELECT MAX(report_date) FROM credit_record"
                + " WHERE enterprise_id = ?) ORDER BY lender, facility_id")
        .params(enterpriseId, enterpriseId)
        .query(BureauLine.class)
        .list();
  }

  /** The latest events, newest first. */
  List<EventLine> events(String enterpriseId) {
    return jdbc.sql(
            "SELECT occurred_at, source, type, title, sentiment, amount FROM event"
                + " WHERE enterprise_id = ? ORDER BY occurred_at DESC, event_id LIMIT "
                + EVENTS)
        .param(enterpriseId)
        .query(EventLine.class)
        .list();
  }

  /**
   * Relations in either direction, with the other party's name when it is a customer in scope;
   * customers out of scope are hidden (see {@link RelationLine}).
   */
  List<RelationLine> relations(DataScope scope, String enterpriseId) {
    String visibleName =
        "CASE WHEN o.enterprise_id IS NOT NULL AND " + scope.on("o") + " THEN o.name END";
    List<Object> params = new ArrayList<>(scope.binds());
    params.add(enterpriseId);
    params.addAll(scope.binds());
    params.add(enterpriseId);
    List<RelationLine> raw =
        jdbc.sql(
                "SELECT r.to_id, "
                    + visibleName
                    + ", r.type, TRUE, r.weight, r.since FROM relation r"
                    + " LEFT JOIN enterprise o ON o.enterprise_id = r.to_id WHERE r.from_id = ?"
                    + " UNION ALL"
                    + " SELECT r.from_id, "
                    + visibleName
                    + ", r.type, FALSE, r.weight, r.since FROM relation r"
                    + " LEFT JOIN enterprise o ON o.enterprise_id = r.from_id WHERE r.to_id = ?"
                    + " ORDER BY 3, 1")
            .params(params)
            .query(
                (rs, n) ->
                    new RelationLine(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getBigDecimal(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(1)))
            .list();
    Map<String, String> hiddenNodes = new HashMap<>();
    List<RelationLine> out = new ArrayList<>();
    for (RelationLine line : raw) {
      if (line.otherName() == null && !line.otherId().startsWith("ext:")) {
        String node =
            hiddenNodes.computeIfAbsent(line.otherId(), k -> "hidden-" + (hiddenNodes.size() + 1));
        out.add(
            new RelationLine(
                "", null, line.type(), line.outgoing(), line.weight(), line.since(), node));
      } else {
        out.add(line);
      }
    }
    return out;
  }
}
