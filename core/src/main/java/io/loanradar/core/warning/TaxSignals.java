package io.loanradar.core.warning;

import static io.loanradar.core.warning.Facts.cny;
import static io.loanradar.core.warning.Facts.pct;
import static io.loanradar.core.warning.Facts.wan;
import static io.loanradar.core.warning.Facts.yuan;
import static io.loanradar.core.warning.LibrarySignal.found;

import io.loanradar.core.finance.TaxCreditGrade;
import io.loanradar.core.finance.TaxRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Signals from monthly tax records (a month counts once it has ended). */
final class TaxSignals {

  private TaxSignals() {}

  static List<Signal> all() {
    SignalFamily f = SignalFamily.TAX;
    return List.of(
        new LibrarySignal(
            "TAX_SALES_DROP",
            f,
            "开票销售额下降",
            "Invoiced sales dropping",
            "invoiced sales of the last 3 known months fell by at least the threshold vs the"
                + " same 3 months a year earlier (ratio, default 0.30)",
            SignalSetting.of(0.30, Severity.MEDIUM),
            TaxSignals::salesDrop),
        new LibrarySignal(
            "TAX_GRADE_DOWN",
            f,
            "纳税信用等级下调",
            "Tax credit grade downgraded",
            "the latest known tax credit grade is at or below the threshold (ordinal of A, B, M,"
                + " C, D: 3 = C, default 3)",
            SignalSetting.of(3, Severity.HIGH),
            TaxSignals::gradeDown));
  }

  private static Optional<LibrarySignal.Evidence> salesDrop(Facts f, double t) {
    List<TaxRecord> tax = f.tax();
    if (tax.isEmpty()) {
      return Optional.empty();
    }
    Map<YearMonth, TaxRecord> byMonth =
        tax.stream().collect(Collectors.toMap(TaxRecord::period, Function.identity(), (a, b) -> b));
    YearMonth last = tax.get(tax.size() - 1).period();
    BigDecimal now = sum(byMonth, last, 3);
    BigDecimal before = sum(byMonth, last.minusMonths(12), 3);
    double factor = 1;
    String zh = "去年同期";
    String en = "a year earlier";
    if (now == null) {
      return Optional.empty();
    }
    if (before == null) {
      BigDecimal six = sum(byMonth, last.minusMonths(3), 6);
      if (six == null) {
        return Optional.empty();
      }
      before = six.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
      factor = 1.5;
      zh = "此前6个月的3个月均值";
      en = "the 3-month average of the 6 months before";
    }
    if (before.signum() <= 0) {
      return Optional.empty();
    }
    double change = now.subtract(before).divide(before, 6, RoundingMode.HALF_UP).doubleValue();
    if (change > -t * factor) {
      return Optional.empty();
    }
    String months = last.minusMonths(2) + "~" + last;
    return found(
        last.atEndOfMonth(),
        months + "开票销售额" + wan(now) + "," + zh + wan(before) + "(" + pct(change) + ")",
        "invoiced sales "
            + months
            + " "
            + cny(now)
            + " vs "
            + cny(before)
            + " "
            + en
            + " ("
            + pct(change)
            + ")");
  }

  /** Invoiced sales of {@code n} months ending with {@code last}; null when one is unknown. */
  private static BigDecimal sum(Map<YearMonth, TaxRecord> byMonth, YearMonth last, int n) {
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      TaxRecord r = byMonth.get(last.minusMonths(i));
      if (r == null || r.invoicedSales().isEmpty()) {
        return null;
      }
      total = total.add(yuan(r.invoicedSales()));
    }
    return total;
  }

  private static Optional<LibrarySignal.Evidence> gradeDown(Facts f, double t) {
    List<TaxRecord> graded = f.tax().stream().filter(r -> r.grade().isPresent()).toList();
    if (graded.isEmpty()) {
      return Optional.empty();
    }
    TaxRecord last = graded.get(graded.size() - 1);
    TaxCreditGrade grade = last.grade().orElseThrow();
    if (grade.ordinal() < t) {
      return Optional.empty();
    }
    Optional<TaxCreditGrade> earlier =
        graded.stream()
            .map(r -> r.grade().orElseThrow())
            .filter(g -> g.ordinal() < t)
            .reduce((a, b) -> b);
    String was = earlier.map(g -> ",此前为" + g).orElse("");
    String wasEn = earlier.map(g -> ", earlier " + g).orElse("");
    return found(
        last.period().atEndOfMonth(),
        last.period() + "纳税信用等级为" + grade + was,
        "tax credit grade " + grade + " in " + last.period() + wasEn);
  }
}
