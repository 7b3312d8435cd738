package io.loanradar.core.warning;

import static io.loanradar.core.warning.Facts.cny;
import static io.loanradar.core.warning.Facts.num;
import static io.loanradar.core.warning.Facts.pct;
import static io.loanradar.core.warning.Facts.wan;
import static io.loanradar.core.warning.LibrarySignal.found;

import io.loanradar.core.feature.FeatureNames;
import io.loanradar.core.feature.Features;
import io.loanradar.core.finance.FinancialStatement;
import io.loanradar.core.finance.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Signals from published financial statements (known 90 days after the period end). */
final class FinancialSignals {

  private FinancialSignals() {}

  static List<Signal> all() {
    SignalFamily f = SignalFamily.FINANCIAL;
    return List.of(
        new LibrarySignal(
            "FIN_REVENUE_DROP",
            f,
            "营业收入下滑",
            "Revenue falling",
            "12-month revenue vs the 12 months a year earlier fell by at least the threshold"
                + " (ratio, default 0.20)",
            SignalSetting.of(0.20, Severity.MEDIUM),
            FinancialSignals::revenueDrop),
        new LibrarySignal(
            "FIN_PROFIT_DROP",
            f,
            "利润下滑或亏损",
            "Profit falling or loss-making",
            "12-month net profit fell by at least the threshold year on year (ratio, default"
                + " 0.50), or the net margin turned negative",
            SignalSetting.of(0.50, Severity.LOW),
            FinancialSignals::profitDrop),
        new LibrarySignal(
            "FIN_DEBT_RATIO_HIGH",
            f,
            "资产负债率升高",
            "Debt ratio rising past the limit",
            "latest debt ratio at or above the threshold (ratio, default 0.75) and higher than a"
                + " year earlier",
            SignalSetting.of(0.75, Severity.LOW),
            FinancialSignals::debtRatio),
        new LibrarySignal(
            "FIN_NEGATIVE_OCF",
            f,
            "经营现金流为负",
            "Negative operating cash flow",
            "the latest statement's operating cash flow is negative and its loss exceeds the"
                + " threshold share of the period's revenue (ratio, default 0.05)",
            SignalSetting.of(0.05, Severity.LOW),
            FinancialSignals::negativeCashFlow),
        new LibrarySignal(
            "FIN_RECEIVABLE_DAYS_UP",
            f,
            "应收账款周转天数拉长",
            "Receivable days stretching",
            "receivable days rose by at least the threshold vs a year earlier (ratio, default"
                + " 0.30) to at least 30 days",
            SignalSetting.of(0.30, Severity.LOW),
            (facts, t) ->
                stretch(facts, t, FeatureNames.RECEIVABLE_DAYS, "应收账款周转天数", "receivable days")),
        new LibrarySignal(
            "FIN_INVENTORY_DAYS_UP",
            f,
            "存货周转天数拉长",
            "Inventory days stretching",
            "inventory days rose by at least the threshold vs a year earlier (ratio, default"
                + " 0.30) to at least 30 days",
            SignalSetting.of(0.30, Severity.LOW),
            (facts, t) ->
                stretch(facts, t, FeatureNames.INVENTORY_DAYS, "存货周转天数", "inventory days")));
  }

  /** The period end of the latest published statement, as text for evidence. */
  private static String period(Facts f) {
    List<FinancialStatement> s = f.statements();
    return s.isEmpty() ? "" : s.get(s.size() - 1).periodEnd().toString();
  }

  private static LocalDate latestKnown(Facts f) {
    List<FinancialStatement> s = f.statements();
    return s.isEmpty() ? f.asOf() : s.get(s.size() - 1).knownFrom();
  }

  private static Optional<LibrarySignal.Evidence> revenueDrop(Facts f, double t) {
    Features x = f.features();
    OptionalDouble yoy = x.get(FeatureNames.REVENUE_YOY);
    OptionalDouble revenue = x.get(FeatureNames.REVENUE_12M);
    if (yoy.isEmpty() || revenue.isEmpty() || yoy.getAsDouble() > -t) {
      return Optional.empty();
    }
    BigDecimal r = BigDecimal.valueOf(revenue.getAsDouble());
    return found(
        latestKnown(f),
        "截至" + period(f) + "的12个月营业收入" + wan(r) + ",同比" + pct(yoy.getAsDouble()),
        "12-month revenue to "
            + period(f)
            + " "
            + cny(r)
            + ", "
            + pct(yoy.getAsDouble())
            + " year on year");
  }

  private static Optional<LibrarySignal.Evidence> profitDrop(Facts f, double t) {
    Features x = f.features();
    OptionalDouble yoy = x.get(FeatureNames.PROFIT_YOY);
    OptionalDouble margin = x.get(FeatureNames.NET_MARGIN);
    boolean falling = yoy.isPresent() && yoy.getAsDouble() <= -t;
    boolean loss =
        margin.isPresent()
            && margin.getAsDouble() < 0
            && f.featuresYearAgo().get(FeatureNames.NET_MARGIN).orElse(0) >= 0;
    if (!falling && !loss) {
      return Optional.empty();
    }
    String zh =
        "截至" + period(f) + "的12个月净利润率" + (margin.isPresent() ? pct(margin.getAsDouble()) : "未知");
    String en =
        "12-month net margin " + (margin.isPresent() ? pct(margin.getAsDouble()) : "unknown");
    if (yoy.isPresent()) {
      zh += ",净利润同比" + pct(yoy.getAsDouble());
      en += ", net profit " + pct(yoy.getAsDouble()) + " year on year";
    }
    return found(latestKnown(f), zh, en);
  }

  private static Optional<LibrarySignal.Evidence> debtRatio(Facts f, double t) {
    OptionalDouble now = f.features().get(FeatureNames.DEBT_RATIO);
    if (now.isEmpty() || now.getAsDouble() < t) {
      return Optional.empty();
    }
    OptionalDouble before = f.featuresYearAgo().get(FeatureNames.DEBT_RATIO);
    if (before.isPresent() && before.getAsDouble() >= now.getAsDouble()) {
      return Optional.empty();
    }
    String was = before.isPresent() ? pct(before.getAsDouble()) : "—";
    return found(
        latestKnown(f),
        period(f) + "资产负债率" + pct(now.getAsDouble()) + "(一年前" + was + "),超过" + pct(t),
        "debt ratio "
            + pct(now.getAsDouble())
            + " on "
            + period(f)
            + " (a year earlier "
            + was
            + "), above "
            + pct(t));
  }

  private static Optional<LibrarySignal.Evidence> negativeCashFlow(Facts f, double t) {
    List<FinancialStatement> s = f.statements();
    for (int i = s.size() - 1; i >= 0; i--) {
      FinancialStatement st = s.get(i);
      if (st.operatingCashFlow().isEmpty()) {
        continue;
      }
      BigDecimal ocf = st.operatingCashFlow().get().yuan();
      BigDecimal revenue = st.revenue().map(Money::yuan).orElse(BigDecimal.ZERO);
      if (ocf.signum() >= 0
          || ocf.negate().compareTo(revenue.multiply(BigDecimal.valueOf(t))) < 0) {
        return Optional.empty();
      }
      return found(
          st.knownFrom(),
          st.periodEnd() + "期经营活动现金流净额" + wan(ocf) + ",同期收入" + wan(revenue),
          "operating cash flow "
              + cny(ocf)
              + " for the period to "
              + st.periodEnd()
              + " on revenue "
              + cny(revenue));
    }
    return Optional.empty();
  }

  private static Optional<LibrarySignal.Evidence> stretch(
      Facts f, double t, String feature, String zhName, String enName) {
    OptionalDouble now = f.features().get(feature);
    OptionalDouble before = f.featuresYearAgo().get(feature);
    if (now.isEmpty() || before.isEmpty() || before.getAsDouble() <= 0 || now.getAsDouble() < 30) {
      return Optional.empty();
    }
    double rise = now.getAsDouble() / before.getAsDouble() - 1;
    if (rise < t) {
      return Optional.empty();
    }
    return found(
        latestKnown(f),
        period(f)
            + zhName
            + num(now.getAsDouble())
            + "天,一年前"
            + num(before.getAsDouble())
            + "天(+"
            + pct(rise)
            + ")",
        period(f)
            + " "
            + enName
            + " "
            + num(now.getAsDouble())
            + " vs "
            + num(before.getAsDouble())
            + " a year earlier (+"
            + pct(rise)
            + ")");
  }
}
