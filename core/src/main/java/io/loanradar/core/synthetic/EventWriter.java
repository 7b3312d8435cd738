package io.loanradar.core.synthetic;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a customer's events: ordinary news and registry changes, plus the events its stories plant
 * (announcements, orders, online behaviour, lawsuits, enforcement). A story's first event falls on
 * its signal day.
 */
final class EventWriter {

  private final Window window;
  private final List<Enterprise> firms;
  private final CsvFile out;
  private Enterprise firm;
  private SplittableRandom rng;
  private int seq;

  EventWriter(Window window, List<Enterprise> firms, CsvFile out) {
    this.window = window;
    this.firms = firms;
    this.out = out;
  }

  void write(Enterprise e, List<Story> stories, SplittableRandom random) throws IOException {
    firm = e;
    rng = random;
    seq = 0;
    background();
    for (Story s : stories) {
      switch (s.kind()) {
        case SEASONAL_PURCHASE ->
            event(
                s.signalFrom(),
                "ERP",
                "PURCHASE_ORDER",
                "下达旺季备货采购订单" + Money.chinese(s.amount()),
                "0.2",
                s.amount());
        case EXPANSION -> expansion(s);
        case EQUIPMENT_UPGRADE -> equipment(s);
        case LIQUIDITY_NEED ->
            event(s.signalFrom(), "RM_NOTE", "OTHER", "客户经理走访：下游回款放缓，账户余额持续下降", "-0.2", -1);
        case DIGITAL_INTENT -> digital(s);
        case SUPPLY_CHAIN ->
            event(
                s.signalFrom(),
                "ERP",
                "CONTRACT_WON",
                "与" + firms.get(s.related()).name() + "签订" + Money.chinese(s.amount() * 3) + "供货合同",
                "0.5",
                s.amount() * 3);
        case REFINANCE -> refinance(s);
        case DETERIORATION, CONTAGION -> deterioration(s);
        case NOISE -> noise(s);
      }
    }
  }

  private void background() throws IOException {
    int count = rng.nextInt(firm.bigger() ? 5 : 3);
    for (int k = 0; k < count; k++) {
      LocalDate day = randomDay();
      long amount = LoanTerms.roundToTenWan(firm.revenue() * Seeds.between(rng, 0.02, 0.1));
      switch (rng.nextInt(5)) {
        case 0 -> event(day, "NEWS", "POSITIVE_NEWS", "获评省级专精特新中小企业", "0.6", -1);
        case 1 ->
            event(
                day, "NEWS", "CONTRACT_WON", "中标" + Money.chinese(amount) + "采购项目", "0.5", amount);
        case 2 -> event(day, "REGISTRY", "EXEC_CHANGE", "高级管理人员备案变更", "0.0", -1);
        case 3 -> event(day, "REGISTRY", "SHAREHOLDER_CHANGE", "股东及出资信息变更", "0.0", -1);
        default -> event(day, "NEWS", "POSITIVE_NEWS", "新产品通过客户认证并实现批量供货", "0.4", -1);
      }
    }
  }

  private void expansion(Story s) throws IOException {
    event(
        s.signalFrom(),
        "NEWS",
        "INVESTMENT_ANNOUNCEMENT",
        "拟投资" + Money.chinese(s.amount() * 2) + "建设新生产基地",
        "0.6",
        s.amount() * 2);
    LocalDate end = s.outcomeOn() != null ? s.outcomeOn() : window.end();
    long span = Math.max(2, StoryPlanner.daysBetween(s.signalFrom(), end));
    event(
        s.signalFrom().plusDays(1 + rng.nextLong(span / 2)),
        "REGISTRY",
        "CAPITAL_INCREASE",
        "注册资本增加至" + Money.chinese(firm.registeredCapital() * 2),
        "0.4",
        firm.registeredCapital());
    event(
        s.signalFrom().plusDays(span / 2 + rng.nextLong(span / 2)),
        "REGULATOR",
        "NEW_PROJECT",
        "新建项目环境影响评价公示",
        "0.3",
        -1);
  }

  private void equipment(Story s) throws IOException {
    event(
        s.signalFrom(),
        "ERP",
        "EQUIPMENT_PURCHASE",
        "采购数控加工中心等生产设备" + Money.chinese(s.amount()),
        "0.3",
        s.amount());
    if (s.outcomeOn() != null) {
      event(
          s.outcomeOn().minusDays(5 + rng.nextInt(20)),
          "NEWS",
          "POSITIVE_NEWS",
          "智能化技改项目入选市级技术改造专项",
          "0.5",
          -1);
    }
  }

  private void digital(Story s) throws IOException {
    event(s.signalFrom(), "DIGITAL", "LOAN_PRODUCT_VIEWED", "企业网银浏览线上信用贷产品页", "", -1);
    event(
        s.signalFrom().plusDays(2 + rng.nextInt(15)),
        "DIGITAL",
        "LOAN_CALCULATOR_USED",
        "使用贷款计算器测算" + Money.chinese(s.amount()),
        "",
        s.amount());
    if (s.outcomeOn() != null || rng.nextBoolean()) {
      event(
          s.signalFrom().plusDays(18 + rng.nextInt(10)),
          "DIGITAL",
          "PRE_APPLICATION_STARTED",
          "发起线上贷款预申请",
          "",
          s.amount());
    }
  }

  private void refinance(Story s) throws IOException {
    event(
        s.signalFrom(),
        "RM_NOTE",
        "OTHER",
        "本行贷款将于" + s.outcomeOn() + "到期，客户提出续贷需求",
        "0.0",
        s.amount());
    event(
        s.signalFrom().plusDays(3 + rng.nextInt(10)),
        "DIGITAL",
        "LOAN_PRODUCT_VIEWED",
        "企业网银浏览无还本续贷产品页",
        "",
        -1);
  }

  private void deterioration(Story s) throws IOException {
    long claim = LoanTerms.roundToTenWan(firm.revenue() * Seeds.between(rng, 0.01, 0.05));
    String first =
        s.kind() == StoryKind.CONTAGION
            ? "关联企业" + firms.get(s.related()).name() + "贷款违约，代偿风险上升"
            : "被曝拖欠供应商货款，多家供应商上门催收";
    event(s.signalFrom(), "NEWS", "NEGATIVE_NEWS", first, "-0.7", -1);
    event(
        s.signalFrom().plusDays(30 + rng.nextInt(60)),
        "COURT",
        "LITIGATION",
        "买卖合同纠纷被起诉，涉案金额" + Money.chinese(claim),
        "-0.6",
        claim);
    event(
        s.signalFrom().plusDays(60 + rng.nextInt(30)),
        "TAX",
        "PENALTY",
        "纳税信用等级下调，受到税务行政处罚",
        "-0.5",
        -1);
    if (s.outcomeOn() != null) {
      event(
          s.outcomeOn().minusDays(rng.nextInt(30)),
          "COURT",
          "ENFORCEMENT",
          "被列为被执行人，执行标的" + Money.chinese(claim),
          "-0.8",
          claim);
      event(
          s.outcomeOn().plusDays(10 + rng.nextInt(40)),
          "COURT",
          "DISHONEST_DEBTOR",
          "被列为失信被执行人",
          "-0.9",
          -1);
    }
  }

  private void noise(Story s) throws IOException {
    switch (s.variant()) {
      case 0 -> event(s.signalFrom(), "DIGITAL", "LOAN_PRODUCT_VIEWED", "企业网银浏览贷款产品页", "", -1);
      case 1 ->
          event(s.signalFrom(), "COURT", "LITIGATION", "劳动争议纠纷一审立案（后调解撤诉）", "-0.2", 2_000_000);
      case 3 -> event(s.signalFrom(), "NEWS", "NEGATIVE_NEWS", "网传公司裁员，公司发布声明辟谣", "-0.3", -1);
      default -> {}
    }
  }

  private LocalDate randomDay() {
    long span = StoryPlanner.daysBetween(window.start(), window.end());
    return window.start().plusDays(rng.nextLong(span + 1));
  }

  private void event(
      LocalDate day, String source, String type, String title, String sentiment, long amount)
      throws IOException {
    if (day.isAfter(window.end())) {
      return;
    }
    out.raw("V" + Enterprise.pad(firm.index() + 1, 7) + Enterprise.pad(++seq, 3)).raw(firm.id());
    if ("DIGITAL".equals(source)) {
      Dates.appendTimestamp(out.rawBuilder(), day, 540 + rng.nextInt(720));
    } else {
      out.date(day);
    }
    out.raw(source).raw(type).text(firm.name() + title).raw(sentiment);
    if (amount > 0) {
      out.money(amount);
    } else {
      out.empty();
    }
    if ("NEWS".equals(source)) {
      out.raw("https://news.example.cn/corp/" + firm.id() + "/" + seq);
    } else {
      out.empty();
    }
    out.end();
  }
}
