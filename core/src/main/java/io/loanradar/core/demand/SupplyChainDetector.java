package io.loanradar.core.demand;

import io.loanradar.core.event.Event;
import io.loanradar.core.event.EventType;
import io.loanradar.core.feature.FeatureNames;
import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * 供应链融资: a supplier of one of the bank's core enterprises with business to finance along the chain
 * — a fresh order or contract that names the core (order financing), or, where the bank allows it
 * ({@code supply-core-document-required} 0), receivables piling up on a core that pays in part
 * (factoring) — with its strain as supporting signals.
 */
final class SupplyChainDetector implements Detector {

  @Override
  public Scenario scenario() {
    return Scenario.SUPPLY_CHAIN;
  }

  @Override
  public Optional<Trigger> detect(DemandInput input, Facts facts, TriggerConfig config) {
    LocalDate asOf = facts.asOf();
    List<ChainLink> links =
        input.chainLinks().stream()
            .filter(ChainLink::supplier)
            .filter(l -> l.since().map(s -> !s.isAfter(asOf)).orElse(true))
            .toList();
    if (links.isEmpty()) {
      return Optional.empty();
    }
    List<Evidence> evidence = new ArrayList<>();
    for (ChainLink l : links) {
      String share = l.share().map(s -> "，占其销售" + Texts.pct(s)).orElse("");
      String shareEn = l.share().map(s -> ", " + Texts.pct(s) + " of its sales").orElse("");
      evidence.add(
          Evidence.of(
              "SUPPLIES_CORE_ENTERPRISE",
              l.since().orElse(asOf),
              null,
              "为核心企业" + l.partnerName() + "(" + l.partner() + ")供货" + share,
              "supplies core enterprise " + l.partnerName() + " (" + l.partner() + ")" + shareEn));
    }
    int points = 0;
    OptionalDouble net3 = input.features().get(FeatureNames.flow("net_flow", 3));
    if (net3.isPresent() && net3.getAsDouble() < 0) {
      points++;
      BigDecimal v =
          BigDecimal.valueOf(net3.getAsDouble())
              .negate()
              .setScale(2, java.math.RoundingMode.HALF_UP);
      evidence.add(
          Evidence.of(
              "NET_OUTFLOW_3M",
              asOf,
              v,
              "近3个月净流出" + Texts.wan(v),
              "net outflow of " + Texts.cny(v) + " over the last 3 months"));
    }
    OptionalDouble receivable = input.features().get(FeatureNames.RECEIVABLE_DAYS);
    if (receivable.isPresent()
        && receivable.getAsDouble() >= config.get(Threshold.SUPPLY_RECEIVABLE_DAYS)) {
      points++;
      evidence.add(
          Evidence.of(
              "RECEIVABLE_DAYS",
              asOf,
              null,
              "应收账款周转天数" + Texts.one(receivable.getAsDouble()) + "天",
              "receivable days " + Texts.one(receivable.getAsDouble())));
    }
    var orders = new ArrayList<>(facts.events(EventType.PURCHASE_ORDER, 90));
    orders.addAll(facts.events(EventType.CONTRACT_WON, 90));
    boolean coreDocument = false;
    if (!orders.isEmpty()) {
      points++;
      for (Event e : orders) {
        Optional<ChainLink> core = namedCore(e, links);
        coreDocument |= core.isPresent();
        evidence.add(
            core.isPresent()
                ? Detector.event(e, "与核心企业的订单/合同", "order or contract with the core enterprise")
                : Detector.event(e, "订单/合同", "order or contract"));
      }
    }
    BigDecimal paid = facts.lastDays(Direction.OUT, Purpose.SUPPLIER_PAYMENT, 60);
    BigDecimal paidYearAgo =
        facts.sum(
            Direction.OUT, Purpose.SUPPLIER_PAYMENT, asOf.minusDays(424), asOf.minusDays(365));
    double growth = Texts.ratio(paid, paidYearAgo) - 1;
    if (paidYearAgo.signum() > 0 && growth >= config.get(Threshold.SUPPLY_PAYMENT_GROWTH)) {
      points++;
      evidence.add(
          Evidence.of(
              "SUPPLIER_PAYMENTS_UP",
              asOf,
              paid,
              "近60天向上游付款" + Texts.wan(paid) + "，同比增长" + Texts.pct(growth),
              "supplier payments of the last 60 days "
                  + Texts.cny(paid)
                  + ", up "
                  + Texts.pct(growth)
                  + " on a year earlier"));
    }
    // the core enterprise pays for what it bought in part: receivables on it pile up, what
    // factoring and reverse factoring against the core's credit finance
    boolean inPart = false;
    for (ChainLink l : links) {
      Optional<Evidence> partly = corePaysInPart(l, asOf, config);
      if (partly.isPresent()) {
        inPart = true;
        points++;
        evidence.add(partly.get());
      }
    }
    // chain finance lends against a trade with the core enterprise, documented: an order or
    // contract from it (order financing) — and receivables on it piling up (factoring) are
    // financed against its invoices and its confirmation, so they count alone only where the bank
    // says so. A tender won from anyone else, supplier payments growing or receivables piling up
    // support the case but are no chain business: a firm selling or buying more has many reasons
    boolean business =
        coreDocument || (config.whole(Threshold.SUPPLY_CORE_DOCUMENT_REQUIRED) == 0 && inPart);
    if (!business || points < config.whole(Threshold.SUPPLY_MIN_POINTS)) {
      return Optional.empty();
    }
    return Optional.of(
        new Trigger(scenario(), asOf, points, Optional.empty(), asOf.plusDays(45), evidence));
  }

  /**
   * The core enterprise an order or contract names: the one whose name or id its title carries. An
   * event has no counterparty column, and a contract's title names its parties.
   */
  static Optional<ChainLink> namedCore(Event e, List<ChainLink> links) {
    String title = e.title().orElse("");
    return links.stream()
        .filter(
            l ->
                (!l.partnerName().isBlank() && title.contains(l.partnerName()))
                    || title.contains(l.partner().value()))
        .findFirst();
  }

  /**
   * The core enterprise pays in part: its average payment to the supplier over the last 60 days is
   * at most {@code supply-core-payment-drop} of its average payment over the 365 days before. A
   * buyer that settles each invoice only in part leaves the rest as receivables on its own credit;
   * counting payments, not summing a window, keeps one payment falling a few days either side of a
   * window's edge from looking like a change.
   */
  static Optional<Evidence> corePaysInPart(ChainLink link, LocalDate asOf, TriggerConfig config) {
    NavigableMap<LocalDate, BigDecimal> recent =
        link.receipts().subMap(asOf.minusDays(59), true, asOf, true);
    NavigableMap<LocalDate, BigDecimal> before =
        link.receipts().subMap(asOf.minusDays(424), true, asOf.minusDays(60), true);
    if (recent.isEmpty() || before.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal now = Texts.average(recent.values());
    BigDecimal usual = Texts.average(before.values());
    double ratio = Texts.ratio(now, usual);
    if (usual.signum() <= 0 || ratio > config.get(Threshold.SUPPLY_CORE_PAYMENT_DROP)) {
      return Optional.empty();
    }
    String name = link.partnerName() + "(" + link.partner() + ")";
    return Optional.of(
        Evidence.of(
            "CORE_PAYS_IN_PART",
            asOf,
            now,
            "近60天核心企业"
                + name
                + "回款"
                + recent.size()
                + "笔，平均每笔"
                + Texts.wan(now)
                + "，为此前一年平均每笔"
                + Texts.wan(usual)
                + "的"
                + Texts.pct(ratio)
                + "，应收账款积压",
            "core enterprise "
                + name
                + " paid "
                + recent.size()
                + " times in the last 60 days, "
                + Texts.cny(now)
                + " on average, "
                + Texts.pct(ratio)
                + " of its average payment of the year before ("
                + Texts.cny(usual)
                + "): receivables on it pile up"));
  }
}
