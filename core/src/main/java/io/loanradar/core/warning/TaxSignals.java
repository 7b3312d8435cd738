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
    BigDecimal now = BigDecimal.ZERO;
    BigDecimal before = BigDecimal.ZERO;
    for (int i = 0; i < 3; i++) {
      TaxRecord a = byMonth.get(last.minusMonths(i));
      TaxRecord b = byMonth.get(last.minusMonths(12L + i));
      if (a == null || b == null || a.invoicedSales().isEmpty() || b.invoicedSales().isEmpty()) {
        return Optional.empty();
      }
      now = now.add(yuan(a.invoicedSales()));
      before = before.add(yuan(b.invoicedSales()));
    }
    if (before.signum() <= 0) {
      return Optional.empty();
    }
    double change = now.subtract(before).divide(before, 6, RoundingMode.HALF_UP).doubleValue();
    if (change > -t) {
      return Optional.empty();
    }
    String months = last.minusMonths(2) + "~" + last;
    return found(
        last.atEndOfMonth(),
        months + "开票销售额" + wan(now) + ",去年同期" + wan(before) + "(" + pct(change) + ")",
        "invoiced sales "
            + months
            + " "
            + cny(now)
            + " vs "
            + cny(before)
            + " a year earlier ("
            + pct(change)
            + ")");
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
