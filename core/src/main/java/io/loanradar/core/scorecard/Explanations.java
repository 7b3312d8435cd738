package io.loanradar.core.scorecard;

import static io.loanradar.core.scorecard.Texts.oneDecimal;
import static io.loanradar.core.scorecard.Texts.percent;
import static io.loanradar.core.scorecard.Texts.points;
import static io.loanradar.core.scorecard.Texts.yuanEn;
import static io.loanradar.core.scorecard.Texts.yuanZh;

import io.loanradar.core.feature.FeatureNames;
import io.loanradar.core.feature.Features;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The reasons of a score: the tier first when it is not general, then one reason per factor,
 * largest absolute impact first (factor order on ties).
 */
final class Explanations {

  private static final String[] CLASS_ZH = {"正常", "关注", "次级", "可疑", "损失"};
  private static final String[] CLASS_EN = {
    "normal", "special mention", "substandard", "doubtful", "loss"
  };

  private Explanations() {}

  static List<Reason> reasons(
      List<FactorScore> factors, Tier tier, Features f, OptionalDouble percentile, double neutral) {
    List<Reason> reasons = new ArrayList<>();
    if (tier != Tier.GENERAL) {
      reasons.add(tierReason(tier, f, percentile));
    }
    factors.stream()
        .map(score -> reason(score, f, percentile, neutral))
        .sorted(Comparator.comparingDouble(r -> -Math.abs(r.impact())))
        .forEach(reasons::add);
    return reasons;
  }

  private static Reason reason(
      FactorScore score, Features f, OptionalDouble percentile, double neutral) {
    Factor factor = score.factor();
    if (score.neutral()) {
      return noData(factor, neutral);
    }
    double impact = score.weight() * (score.value() - neutral) / 100;
    String code = factor.name() + (impact >= 0 ? "_STRENGTH" : "_WEAKNESS");
    Parts parts =
        switch (factor) {
          case SIZE -> size(f);
          case INDUSTRY_POSITION -> industry(percentile.getAsDouble());
          case CREDIT -> credit(f);
          case GROWTH -> growth(f);
          case RELATIONSHIP -> relationship(f);
          case LEVERAGE -> leverage(f);
        };
    return new Reason(code, parts.zh(), parts.en(), impact);
  }

  private static Reason noData(Factor factor, double neutral) {
    String[] missing =
        switch (factor) {
          case SIZE -> new String[] {"营收与资产", "revenue or asset"};
          case INDUSTRY_POSITION -> new String[] {"行业排名", "industry ranking"};
          case CREDIT -> new String[] {"征信与贷款", "credit bureau or loan"};
          case GROWTH -> new String[] {"营收与开票增长", "revenue or invoiced-sales growth"};
          case RELATIONSHIP -> new String[] {"合作起始日期", "relationship start"};
          case LEVERAGE -> new String[] {"资产负债率", "debt ratio"};
        };
    return new Reason(
        factor.name() + "_NO_DATA",
        "缺少" + missing[0] + "数据，" + factor.zh() + "因子取中性值" + points(neutral),
        "No " + missing[1] + " data, " + factor.en() + " factor set to neutral " + points(neutral),
        0);
  }

  private static Reason tierReason(Tier tier, Features f, OptionalDouble percentile) {
    double assets = f.get(FeatureNames.TOTAL_ASSETS).orElseThrow();
    if (tier == Tier.STRATEGIC) {
      long top = top(percentile.orElseThrow());
      return new Reason(
          "TIER_STRATEGIC",
          "总资产" + yuanZh(assets) + "，营收位于行业前" + top + "%，列为战略客户",
          "Strategic customer: total assets "
              + yuanEn(assets)
              + ", revenue in the top "
              + top
              + "% of its industry",
          0);
    }
    double growth = f.get(FeatureNames.REVENUE_YOY).orElseThrow();
    return new Reason(
        "TIER_KEY_GROWTH",
        "总资产" + yuanZh(assets) + "，营收同比增长" + percent(growth) + "%，列为重点成长客户",
        "Key growth customer: total assets "
            + yuanEn(assets)
            + ", revenue up "
            + percent(growth)
            + "% year on year",
        0);
  }

  private static Parts size(Features f) {
    Parts parts = new Parts();
    f.get(FeatureNames.REVENUE_12M)
        .ifPresent(
            r -> parts.add("近12个月营收" + yuanZh(r), "revenue " + yuanEn(r) + " over 12 months"));
    f.get(FeatureNames.TOTAL_ASSETS)
        .ifPresent(a -> parts.add("总资产" + yuanZh(a), "total assets " + yuanEn(a)));
    return parts;
  }

  private static Parts industry(double p) {
    Parts parts = new Parts();
    if (p >= 0.5) {
      long top = top(p);
      parts.add("营收位于行业前" + top + "%", "revenue in the top " + top + "% of its industry");
    } else {
      long above = (long) Math.floor(p * 100);
      parts.add("营收高于行业内" + above + "%的同业", "revenue above " + above + "% of industry peers");
    }
    return parts;
  }

  private static long top(double p) {
    return Math.max(1, (long) Math.ceil((1 - p) * 100 - 1e-9));
  }

  private static Parts credit(Features f) {
    Parts parts = new Parts();
    f.get(FeatureNames.MAX_OVERDUE_DAYS)
        .ifPresent(
            d -> {
              if (d == 0) {
                parts.add("无征信逾期记录", "no overdue on record");
              } else {
                parts.add("最长逾期" + Math.round(d) + "天", "overdue up to " + Math.round(d) + " days");
              }
            });
    double overdue = f.get(FeatureNames.OVERDUE_AMOUNT).orElse(0);
    if (overdue > 0) {
      parts.add("逾期金额" + yuanZh(overdue), yuanEn(overdue) + " overdue");
    }
    f.get(FeatureNames.WORST_FIVE_CATEGORY)
        .ifPresent(
            c -> {
              int i = (int) Math.max(0, Math.min(4, Math.round(c)));
              if (i == 0) {
                parts.add("五级分类均为正常", "all lines classified normal");
              } else {
                parts.add("最差五级分类为" + CLASS_ZH[i], "worst class " + CLASS_EN[i]);
              }
            });
    f.get(FeatureNames.UTILISATION)
        .ifPresent(
            u -> parts.add("授信使用率" + percent(u) + "%", percent(u) + "% of credit limits used"));
    return parts;
  }

  private static Parts growth(Features f) {
    Parts parts = new Parts();
    f.get(FeatureNames.REVENUE_YOY)
        .ifPresent(
            g -> parts.add("近12个月营收同比" + change(g), "revenue " + changeEn(g) + " year on year"));
    f.get(FeatureNames.INVOICED_SALES_YOY)
        .ifPresent(g -> parts.add("开票销售额同比" + change(g), "invoiced sales " + changeEn(g)));
    return parts;
  }

  private static String change(double g) {
    return (g >= 0 ? "增长" : "下降") + percent(g) + "%";
  }

  private static String changeEn(double g) {
    return (g >= 0 ? "up " : "down ") + percent(g) + "%";
  }

  private static Parts relationship(Features f) {
    double years = f.get(FeatureNames.RELATIONSHIP_YEARS).orElseThrow();
    return new Parts()
        .add(
            "与本行合作" + oneDecimal(years) + "年",
            "customer of the bank for " + oneDecimal(years) + " years");
  }

  private static Parts leverage(Features f) {
    double ratio = f.get(FeatureNames.DEBT_RATIO).orElseThrow();
    return new Parts().add("资产负债率" + percent(ratio) + "%", "debt ratio " + percent(ratio) + "%");
  }

  /** Clauses of one reason, joined with Chinese and English commas. */
  private static final class Parts {
    private final List<String> zh = new ArrayList<>();
    private final List<String> en = new ArrayList<>();

    Parts add(String chinese, String english) {
      zh.add(chinese);
      en.add(english);
      return this;
    }

    String zh() {
      return String.join("，", zh);
    }

    String en() {
      String text = String.join(", ", en);
      return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
  }
}
