package io.loanradar.app.dashboard;

import io.loanradar.app.pipeline.PipelineBoard;
import io.loanradar.app.security.DataScope;
import io.loanradar.core.demand.OpportunityStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pipeline's figures for the dashboard, over the same opportunities the pipeline board shows:
 * those of customers in scope that are open, or were closed (disbursed or lost) in the last {@value
 * #CLOSED_DAYS} days. Counting the same set is what lets a funnel bar open the board with the same
 * number of cards.
 */
@Repository
class PipelineFigures {

  /** Days a closed opportunity counts; the pipeline board keeps the same window. */
  static final int CLOSED_DAYS = PipelineBoard.CLOSED_DAYS;

  /** How many lost reasons are listed; the rest are counted under "other". */
  static final int REASONS = 8;

  private static final BigDecimal DAY_MILLIS = BigDecimal.valueOf(Duration.ofDays(1).toMillis());

  private final JdbcClient jdbc;

  PipelineFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One stage of the funnel.
   *
   * @param stage the stage code
   * @param count opportunities in it now
   * @param amount their estimated amounts, yuan
   * @param reached opportunities that got at least this far (LOST: those lost)
   * @param conversion of those that reached this stage, the share in percent that reached the next
   *     one (one decimal); null for DISBURSED and LOST, or when none reached this stage
   * @param medianDays median days spent in the stage by those that left it, one decimal; null when
   *     none left it
   * @param stays how many left it (the median's base)
   */
  record Stage(
      String stage,
      long count,
      BigDecimal amount,
      long reached,
      BigDecimal conversion,
      BigDecimal medianDays,
      long stays) {}

  /**
   * A reason opportunities were lost for.
   *
   * @param reason as the RM wrote it, stripped
   * @param count opportunities
   */
  record Reason(String reason, long count) {}

  /**
   * Amounts of one product.
   *
   * @param product the product code, empty when no product was matched
   * @param open open opportunities whose best product it is
   * @param openAmount their estimated amounts, yuan
   * @param won disbursed opportunities of this product
   * @param wonAmount their disbursed amounts, yuan
   */
  record ProductAmounts(
      String product, long open, BigDecimal openAmount, long won, BigDecimal wonAmount) {

    /** The open amount in 万元, two decimals, for the chart. */
    public BigDecimal openWan() {
      return openAmount.movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
    }

    /** The disbursed amount in 万元, two decimals, for the chart. */
    public BigDecimal wonWan() {
      return wonAmount.movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
    }
  }

  /**
   * One RM's part of the pipeline (by the customer's RM).
   *
   * @param open open opportunities
   * @param won disbursed ones
   * @param wonAmount their disbursed amounts, yuan
   * @param lost lost ones
   */
  record RmPipeline(long open, long won, BigDecimal wonAmount, long lost) {
    static final RmPipeline NONE = new RmPipeline(0, 0, BigDecimal.ZERO, 0);

    /** Won as a share in percent of those closed, one decimal; null when none closed. */
    public BigDecimal conversion() {
      return percent(won, won + lost);
    }
  }

  /**
   * The whole pipeline.
   *
   * @param stages the stages in lifecycle order, LOST last
   * @param won disbursed opportunities
   * @param wonAmount their disbursed amounts, yuan
   * @param lost lost opportunities
   * @param lostReasons the most frequent reasons, most frequent first
   * @param products amounts by product, largest open amount first
   * @param byRm by the customer's RM (empty key: no RM)
   */
  record Pipeline(
      List<Stage> stages,
      long won,
      BigDecimal wonAmount,
      long lost,
      List<Reason> lostReasons,
      List<ProductAmounts> products,
      Map<String, RmPipeline> byRm) {

    /** Won as a share in percent of those closed (won or lost), one decimal; null when none. */
    public BigDecimal conversion() {
      return percent(won, won + lost);
    }
  }

  private record Row(
      String id,
      OpportunityStage stage,
      BigDecimal estimated,
      String products,
      String lostReason,
      String rm,
      String loanProduct,
      BigDecimal loanAmount) {

    String product() {
      if (stage == OpportunityStage.DISBURSED && loanProduct != null && !loanProduct.isBlank()) {
        return loanProduct;
      }
      if (products == null || products.isBlank()) {
        return "";
      }
      int end = products.indexOf(';');
      return (end < 0 ? products : products.substring(0, end)).strip();
    }

    BigDecimal disbursed() {
      return loanAmount != null ? loanAmount : estimated;
    }
  }

  /** The figures of the opportunities on the board on {@code today}. */
  Pipeline pipeline(DataScope scope, LocalDate today) {
    LocalDate since = today.minusDays(CLOSED_DAYS);
    List<Row> rows =
        jdbc.sql(
                "SELECT o.opportunity_id, o.stage, o.estimated_amount, o.products, o.lost_reason,"
                    + " COALESCE(e.rm_id, ''), l.product_code, l.amount"
                    + " FROM opportunity o JOIN enterprise e ON e.enterprise_id = o.enterprise_id"
                    + " LEFT JOIN loan l ON l.loan_id = o.loan_id"
                    + " WHERE (o.open_key IS NOT NULL OR o.closed_on >= ?) AND "
                    + scope.on("e"))
            .params(scope.bindsAfter(since))
            .query(
                (rs, n) ->
                    new Row(
                        rs.getString(1),
                        OpportunityStage.valueOf(rs.getString(2)),
                        rs.getBigDecimal(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getBigDecimal(8)))
            .list();

    Map<String, Integer> furthest = new HashMap<>();
    for (Row row : rows) {
      furthest.put(row.id(), forward(row.stage()));
    }
    Map<OpportunityStage, List<Duration>> stays = new EnumMap<>(OpportunityStage.class);
    String[] previousId = {null};
    OpportunityStage[] previousStage = {null};
    LocalDateTime[] previousAt = {null};
    jdbc.sql(
            "SELECT t.opportunity_id, t.to_stage, t.moved_at FROM opportunity_transition t"
                + " JOIN opportunity o ON o.opportunity_id = t.opportunity_id"
                + " JOIN enterprise e ON e.enterprise_id = o.enterprise_id"
                + " WHERE (o.open_key IS NOT NULL OR o.closed_on >= ?) AND "
                + scope.on("e")
                + " ORDER BY t.opportunity_id, t.moved_at, t.transition_id")
        .params(scope.bindsAfter(since))
        .query(
            rs -> {
              String id = rs.getString(1);
              OpportunityStage to = OpportunityStage.valueOf(rs.getString(2));
              Timestamp at = rs.getTimestamp(3);
              LocalDateTime movedAt = at.toLocalDateTime();
              if (id.equals(previousId[0]) && previousStage[0] != null) {
                stays
                    .computeIfAbsent(previousStage[0], k -> new ArrayList<>())
                    .add(Duration.between(previousAt[0], movedAt));
              }
              furthest.merge(id, forward(to), Math::max);
              previousId[0] = id;
              previousStage[0] = to;
              previousAt[0] = movedAt;
            });

    Map<OpportunityStage, long[]> counts = new EnumMap<>(OpportunityStage.class);
    Map<OpportunityStage, BigDecimal> amounts = new EnumMap<>(OpportunityStage.class);
    Map<String, Long> reasons = new HashMap<>();
    Map<String, Tally> products = new TreeMap<>();
    Map<String, RmPipeline> byRm = new TreeMap<>();
    long won = 0;
    long lost = 0;
    BigDecimal wonAmount = BigDecimal.ZERO;
    for (Row row : rows) {
      counts.computeIfAbsent(row.stage(), k -> new long[1])[0]++;
      amounts.merge(row.stage(), row.estimated(), BigDecimal::add);
      RmPipeline rm = byRm.getOrDefault(row.rm(), RmPipeline.NONE);
      if (row.stage() == OpportunityStage.LOST) {
        lost++;
        String reason = row.lostReason() == null ? "" : row.lostReason().strip();
        reasons.merge(reason, 1L, Long::sum);
        byRm.put(row.rm(), new RmPipeline(rm.open(), rm.won(), rm.wonAmount(), rm.lost() + 1));
      } else if (row.stage() == OpportunityStage.DISBURSED) {
        won++;
        wonAmount = wonAmount.add(row.disbursed());
        Tally p = products.computeIfAbsent(row.product(), k -> new Tally());
        p.won++;
        p.wonAmount = p.wonAmount.add(row.disbursed());
        byRm.put(
            row.rm(),
            new RmPipeline(
                rm.open(), rm.won() + 1, rm.wonAmount().add(row.disbursed()), rm.lost()));
      } else {
        Tally p = products.computeIfAbsent(row.product(), k -> new Tally());
        p.open++;
        p.openAmount = p.openAmount.add(row.estimated());
        byRm.put(row.rm(), new RmPipeline(rm.open() + 1, rm.won(), rm.wonAmount(), rm.lost()));
      }
    }

    long[] reachedAtLeast = new long[OpportunityStage.DISBURSED.ordinal() + 1];
    for (int f : furthest.values()) {
      for (int i = 0; i <= f && i < reachedAtLeast.length; i++) {
        reachedAtLeast[i]++;
      }
    }
    List<Stage> stages = new ArrayList<>();
    for (OpportunityStage stage : OpportunityStage.values()) {
      long reached = stage == OpportunityStage.LOST ? lost : reachedAtLeast[stage.ordinal()];
      BigDecimal conversion =
          stage.open() ? percent(reachedAtLeast[stage.ordinal() + 1], reached) : null;
      List<Duration> left = stays.getOrDefault(stage, List.of());
      Duration median = Percentiles.of(left, 0.5);
      stages.add(
          new Stage(
              stage.name(),
              counts.getOrDefault(stage, new long[1])[0],
              amounts.getOrDefault(stage, BigDecimal.ZERO),
              reached,
              conversion,
              median == null
                  ? null
                  : BigDecimal.valueOf(median.toMillis())
                      .divide(DAY_MILLIS, 1, RoundingMode.HALF_UP),
              left.size()));
    }
    List<Reason> top =
        reasons.entrySet().stream()
            .map(e -> new Reason(e.getKey(), e.getValue()))
            .sorted(
                Comparator.comparingLong(Reason::count).reversed().thenComparing(Reason::reason))
            .limit(REASONS)
            .toList();
    List<ProductAmounts> byProduct =
        products.entrySet().stream()
            .map(
                e ->
                    new ProductAmounts(
                        e.getKey(),
                        e.getValue().open,
                        e.getValue().openAmount,
                        e.getValue().won,
                        e.getValue().wonAmount))
            .sorted(
                Comparator.comparing(ProductAmounts::openAmount)
                    .thenComparing(ProductAmounts::wonAmount)
                    .reversed()
                    .thenComparing(ProductAmounts::product))
            .toList();
    return new Pipeline(stages, won, wonAmount, lost, top, byProduct, byRm);
  }

  /** A product's running sums. */
  private static final class Tally {
    long open;
    BigDecimal openAmount = BigDecimal.ZERO;
    long won;
    BigDecimal wonAmount = BigDecimal.ZERO;
  }

  /** How far along the forward path a stage is; LOST is not on it. */
  private static int forward(OpportunityStage stage) {
    return stage == OpportunityStage.LOST ? -1 : stage.ordinal();
  }

  static BigDecimal percent(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
