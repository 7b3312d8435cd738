package io.loanradar.core.demand;

import io.loanradar.core.event.Event;
import io.loanradar.core.event.EventSource;
import io.loanradar.core.event.EventType;
import io.loanradar.core.feature.FeatureNames;
import io.loanradar.core.feature.Features;
import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 流动性需求: balances sliding towards zero, collections slowing, weeks of net outflow — in a firm that
 * is still sound. A firm with overdue debt, a non-normal class, court or enforcement events, bad
 * news or high leverage is left to early warning.
 */
final class LiquidityNeedDetector implements Detector {

  /** Words of an RM note about liquidity, zh and en. */
  static final List<String> CASH_WORDS =
      List.of(
          "回款",
          "应收",
          "账款",
          "资金",
          "周转",
          "余额",
          "现金",
          "collection",
          "receivable",
          "cash",
          "liquidity",
          "working capital");

  private static final List<EventType> DISTRESS =
      List.of(
          EventType.LITIGATION,
          EventType.ENFORCEMENT,
          EventType.DISHONEST_DEBTOR,
          EventType.PENALTY);

  @Override
  public Scenario scenario() {
    return Scenario.LIQUIDITY_NEED;
  }

  @Override
  public Optional<Trigger> detect(DemandInput input, Facts facts, TriggerConfig config) {
    LocalDate asOf = facts.asOf();
    List<Evidence> evidence = new ArrayList<>();
    int points = 0;
    BigDecimal now = BigDecimal.ZERO;
    boolean slide = false;
    if (facts.hasBalances()) {
      now = facts.balanceOn(asOf);
      BigDecimal before = facts.balanceOn(asOf.minusDays(60));
      int held = config.whole(Threshold.LIQUIDITY_SLIDE_DAYS);
      // a slide, not a dip: the balance was already as far down a few weeks ago
      if (slid(now, before, config)
          && (held == 0
              || slid(
                  facts.balanceOn(asOf.minusDays(held)),
                  facts.balanceOn(asOf.minusDays(held + 60L)),
                  config))) {
        slide = true;
        points++;
        evidence.add(
            Evidence.of(
                "BALANCE_SLIDE",
                asOf,
                now,
                asOf
                    + "账户余额"
                    + Texts.wan(now)
                    + "，60天前"
                    + Texts.wan(before)
                    + (held == 0 ? "" : "；" + held + "天前已同样下滑"),
                "balance "
                    + Texts.cny(now)
                    + " on "
                    + asOf
                    + ", "
                    + Texts.cny(before)
                    + " 60 days before"
                    + (held == 0 ? "" : "; as far down " + held + " days earlier")));
      }
    }
    // a liquidity need shows first in the cash position: without a sliding balance the other
    // signals describe a firm that is slow to collect but not short of cash — unless the RM has
    // been told so (below)
    List<Event> notes = facts.eventsFrom(EventSource.RM_NOTE, 90);
    List<Event> cashNotes = cashNotes(notes);
    if (!slide && cashNotes.isEmpty()) {
      return Optional.empty();
    }
    int netOutWeeks = 0;
    BigDecimal netOut = BigDecimal.ZERO;
    for (int w = 0; w < 8; w++) {
      LocalDate to = asOf.minusDays(7L * w);
      LocalDate from = to.minusDays(6);
      BigDecimal in = facts.sum(Direction.IN, null, from, to);
      BigDecimal out = facts.sum(Direction.OUT, null, from, to);
      if (out.compareTo(in) > 0) {
        netOutWeeks++;
        netOut = netOut.add(out.subtract(in));
      }
    }
    if (netOutWeeks >= config.whole(Threshold.LIQUIDITY_NET_OUT_WEEKS)) {
      points++;
      evidence.add(
          Evidence.of(
              "NET_OUTFLOW_WEEKS",
              asOf,
              netOut,
              "截至" + asOf + "的8周中" + netOutWeeks + "周流出大于流入，合计净流出" + Texts.wan(netOut),
              netOutWeeks
                  + " of the 8 weeks to "
                  + asOf
                  + " with outflows above inflows, net "
                  + Texts.cny(netOut)));
    }
    // collections are compared with the same 60 days a year earlier where the flows reach back
    // that far, so that a seasonal firm's quiet months do not read as a collection problem
    BigDecimal receipts = facts.lastDays(Direction.IN, Purpose.SALES_RECEIPT, 60);
    boolean yearBack =
        facts.firstFlowMonth().filter(m -> !m.atDay(1).isAfter(asOf.minusDays(424))).isPresent();
    BigDecimal per60;
    String zhBase;
    String enBase;
    if (yearBack) {
      per60 =
          facts.sum(Direction.IN, Purpose.SALES_RECEIPT, asOf.minusDays(424), asOf.minusDays(365));
      zhBase = "上年同期";
      enBase = "the same 60 days a year earlier";
    } else {
      per60 =
          facts
              .sum(Direction.IN, Purpose.SALES_RECEIPT, asOf.minusDays(239), asOf.minusDays(60))
              .divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
      zhBase = "此前180天每60天平均";
      enBase = "the 60-day average of the 180 days before";
    }
    boolean collectionsFall =
        per60.signum() > 0
            && Texts.ratio(receipts, per60) <= config.get(Threshold.LIQUIDITY_COLLECTION_DROP);
    if (collectionsFall) {
      points++;
      evidence.add(
          Evidence.of(
              "COLLECTIONS_FALL",
              asOf,
              receipts,
              "近60天销售回款" + Texts.wan(receipts) + "，" + zhBase + Texts.wan(per60),
              "sales receipts of the last 60 days "
                  + Texts.cny(receipts)
                  + ", "
                  + enBase
                  + " "
                  + Texts.cny(per60)));
    }
    if (!slide && !collectionsFall) {
      return Optional.empty();
    }
    // the cash-conversion gap: invoices keep going out while the money does not come in
    Optional<Facts.YearOnYear> sales = facts.invoicedSalesOnYearEarlier(2);
    boolean salesHold =
        sales.filter(y -> y.ratio() >= config.get(Threshold.LIQUIDITY_SALES_HOLD)).isPresent();
    // the RM has heard of the strain from the firm, and the flows bear it out: a forecast built on
    // last year's flows cannot see that collections have slowed since, so no slide or forecast
    // shortfall is asked for
    boolean reported = !cashNotes.isEmpty() && collectionsFall && salesHold;
    if (!slide && !reported) {
      return Optional.empty();
    }
    if (collectionsFall && salesHold) {
      Facts.YearOnYear y = sales.orElseThrow();
      evidence.add(
          Evidence.of(
              "SALES_HOLD",
              asOf,
              y.recent(),
              "近2个月开票销售"
                  + Texts.wan(y.recent())
                  + "，上年同期"
                  + Texts.wan(y.yearEarlier())
                  + "：销售未降而回款下降",
              "invoiced sales of the last 2 months "
                  + Texts.cny(y.recent())
                  + " against "
                  + Texts.cny(y.yearEarlier())
                  + " a year earlier: sales hold while collections fall"));
    }
    if (!notes.isEmpty()) {
      points++;
      notes.forEach(e -> evidence.add(Detector.event(e, "客户经理记录", "RM note")));
    }
    // the statement-based signal and the soundness check need features: only read them when the
    // flows alone come within one point of firing
    if (points + 1 < config.whole(Threshold.LIQUIDITY_MIN_POINTS)
        || distressed(input.features(), facts, config)) {
      return Optional.empty();
    }
    input
        .features()
        .get(FeatureNames.RECEIVABLE_DAYS)
        .ifPresent(
            days -> {
              if (days >= config.get(Threshold.LIQUIDITY_RECEIVABLE_DAYS)) {
                evidence.add(
                    Evidence.of(
                        "RECEIVABLE_DAYS",
                        asOf,
                        null,
                        "应收账款周转天数" + Texts.one(days) + "天",
                        "receivable days " + Texts.one(days)));
              }
            });
    if (evidence.stream().anyMatch(e -> e.code().equals("RECEIVABLE_DAYS"))) {
      points++;
    }
    boolean stretched = evidence.stream().anyMatch(e -> e.code().equals("RECEIVABLE_DAYS"));
    boolean noted = evidence.stream().anyMatch(e -> e.code().startsWith("EVENT_"));
    // weeks of net outflow are the sliding balance seen from the flows, not a second reason: a
    // need also shows a cause — collections below last year's while invoiced sales hold (without
    // tax data: collections falling and receivables stretched), or an RM's note
    boolean cause = collectionsFall && (salesHold || sales.isEmpty() && stretched) || noted;
    if (!cause || points < config.whole(Threshold.LIQUIDITY_MIN_POINTS)) {
      return Optional.empty();
    }
    BigDecimal burnPerDay =
        facts
            .lastDays(Direction.OUT, null, 60)
            .subtract(facts.lastDays(Direction.IN, null, 60))
            .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    // a need is a gap the firm cannot close itself: a dip its own coming inflows refill (most
    // seasonal lows) is no reason to lend. The gap is the next quarter's shortfall in the firm's
    // own monthly net-flow forecast; without one (under three complete months of flows), a balance
    // that would not last the coverage days at the current net outflow
    Optional<Evidence> gap = CashGap.of(facts, now, burnPerDay, config);
    if (gap.isEmpty() && !reported) {
      return Optional.empty();
    }
    evidence.add(
        gap.orElseGet(
            () ->
                Evidence.of(
                    "STRAIN_REPORTED",
                    asOf,
                    null,
                    "客户经理记录回款或资金紧张，回款低于上年同期而开票销售未降：按以往现金流所作的预测看不到这一变化",
                    "the RM reports slow collections or tight cash, and collections are below last"
                        + " year's while invoiced sales hold: a forecast from past flows cannot"
                        + " see the change")));
    LocalDate expected = asOf.plusDays(30);
    if (burnPerDay.signum() > 0 && now.signum() > 0) {
      long days = now.divide(burnPerDay, 0, RoundingMode.DOWN).longValue();
      expected = asOf.plusDays(Math.max(7, Math.min(90, days)));
    } else if (burnPerDay.signum() > 0) {
      expected = asOf.plusDays(7);
    }
    return Optional.of(new Trigger(scenario(), asOf, points, Optional.empty(), expected, evidence));
  }

  /** Whether a balance is at most the drop share of the balance 60 days before it. */
  private static boolean slid(BigDecimal balance, BigDecimal before, TriggerConfig config) {
    return before.signum() > 0
        && balance.compareTo(
                before.multiply(BigDecimal.valueOf(config.get(Threshold.LIQUIDITY_BALANCE_DROP))))
            <= 0;
  }

  /**
   * The RM notes that speak of collections or cash ({@link #CASH_WORDS}): what the firm told its RM
   * about its liquidity, as against a note about a renewal or a visit.
   */
  static List<Event> cashNotes(List<Event> notes) {
    return notes.stream()
        .filter(
            e -> {
              String title = e.title().orElse("").toLowerCase(java.util.Locale.ROOT);
              return CASH_WORDS.stream().anyMatch(title::contains);
            })
        .toList();
  }

  private static boolean distressed(Features f, Facts facts, TriggerConfig config) {
    if (f.get(FeatureNames.MAX_OVERDUE_DAYS).orElse(0) > 0
        || f.get(FeatureNames.OVERDUE_AMOUNT).orElse(0) > 0
        || f.get(FeatureNames.WORST_FIVE_CATEGORY).orElse(0) >= 1
        || f.get(FeatureNames.DEBT_RATIO).orElse(0) > config.get(Threshold.LIQUIDITY_MAX_DEBT_RATIO)
        || f.get(FeatureNames.NET_SENTIMENT_90D).orElse(0)
            < config.get(Threshold.LIQUIDITY_MIN_SENTIMENT)) {
      return true;
    }
    if (facts
        .invoicedSalesOnYearEarlier(3)
        .filter(y -> y.ratio() < config.get(Threshold.LIQUIDITY_MIN_SALES_YOY))
        .isPresent()) {
      return true;
    }
    return DISTRESS.stream().anyMatch(t -> !facts.events(t, 365).isEmpty());
  }
}
