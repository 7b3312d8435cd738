package io.loanradar.core.warning;

import static io.loanradar.core.warning.Facts.cny;
import static io.loanradar.core.warning.Facts.pct;
import static io.loanradar.core.warning.Facts.wan;
import static io.loanradar.core.warning.Facts.yuan;
import static io.loanradar.core.warning.LibrarySignal.found;

import io.loanradar.core.credit.CreditRecord;
import io.loanradar.core.credit.FacilityType;
import io.loanradar.core.credit.FiveCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Signals from the latest credit-bureau report known (征信). */
final class BureauSignals {

  private BureauSignals() {}

  static List<Signal> all() {
    SignalFamily f = SignalFamily.BUREAU;
    return List.of(
        new LibrarySignal(
            "BUREAU_OVERDUE",
            f,
            "征信显示逾期",
            "Overdue in the credit report",
            "a line of the latest bureau report is overdue by more than the threshold days (days,"
                + " default 0) or has an overdue amount",
            SignalSetting.of(0, Severity.HIGH),
            BureauSignals::overdue),
        new LibrarySignal(
            "BUREAU_NON_NORMAL",
            f,
            "他行五级分类下调",
            "Classified below normal by a lender",
            "a line of the latest bureau report is classified at or below the threshold category"
                + " (ordinal 1 = SPECIAL_MENTION … 4 = LOSS, default 1)",
            SignalSetting.of(1, Severity.HIGH),
            BureauSignals::nonNormal),
        new LibrarySignal(
            "BUREAU_NEW_LENDERS",
            f,
            "多头借贷增加",
            "New lenders piling on",
            "the latest report has at least the threshold more lenders than the report about"
                + " 180 days before (count, default 2)",
            SignalSetting.of(2, Severity.MEDIUM),
            BureauSignals::newLenders),
        new LibrarySignal(
            "BUREAU_GUARANTEES_UP",
            f,
            "对外担保增长",
            "Guarantees given growing",
            "guarantees given outstanding grew by at least the threshold vs the report about a"
                + " year before (ratio, default 0.50)",
            SignalSetting.of(0.50, Severity.LOW),
            BureauSignals::guaranteesUp));
  }

  private static Optional<LibrarySignal.Evidence> overdue(Facts f, double t) {
    Optional<LocalDate> day = f.latestReport();
    if (day.isEmpty()) {
      return Optional.empty();
    }
    List<CreditRecord> bad =
        f.report(day.get()).stream()
            .filter(
                c ->
                    c.maxOverdueDays().orElse(0L) > t
                        || (t <= 0 && yuan(c.overdueAmount()).signum() > 0))
            .sorted(Comparator.comparing(CreditRecord::facilityId))
            .toList();
    if (bad.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal amount =
        bad.stream().map(c -> yuan(c.overdueAmount())).reduce(BigDecimal.ZERO, BigDecimal::add);
    long days = bad.stream().mapToLong(c -> c.maxOverdueDays().orElse(0L)).max().orElse(0);
    String lenders = lenders(bad);
    return found(
        day.get(),
        day.get() + "征信报告:" + lenders + "逾期" + wan(amount) + ",最长" + days + "天",
        "bureau report of "
            + day.get()
            + ": overdue "
            + cny(amount)
            + " at "
            + lenders
            + ", up to "
            + days
            + " days");
  }

  private static Optional<LibrarySignal.Evidence> nonNormal(Facts f, double t) {
    Optional<LocalDate> day = f.latestReport();
    if (day.isEmpty()) {
      return Optional.empty();
    }
    List<CreditRecord> bad =
        f.report(day.get()).stream()
            .filter(c -> c.fiveCategory().map(k -> k.ordinal() >= t).orElse(false))
            .toList();
    if (bad.isEmpty()) {
      return Optional.empty();
    }
    FiveCategory worst =
        bad.stream().map(c -> c.fiveCategory().orElseThrow()).max(Comparator.naturalOrder()).get();
    return found(
        day.get(),
        day.get() + "征信报告:" + lenders(bad) + "将其贷款分类为" + worst,
        "bureau report of " + day.get() + ": classified " + worst + " by " + lenders(bad));
  }

  private static Optional<LibrarySignal.Evidence> newLenders(Facts f, double t) {
    Optional<LocalDate> day = f.latestReport();
    if (day.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> earlier = f.reportOnOrBefore(day.get().minusDays(180));
    if (earlier.isEmpty()) {
      return Optional.empty();
    }
    Set<String> now = lenderSet(f.report(day.get()));
    Set<String> before = lenderSet(f.report(earlier.get()));
    long added = now.stream().filter(l -> !before.contains(l)).count();
    if (added < t) {
      return Optional.empty();
    }
    return found(
        day.get(),
        day.get() + "征信报告贷款机构" + now.size() + "家,较" + earlier.get() + "新增" + added + "家",
        "bureau report of "
            + day.get()
            + ": "
            + now.size()
            + " lenders, "
            + added
            + " new since "
            + earlier.get());
  }

  private static Optional<LibrarySignal.Evidence> guaranteesUp(Facts f, double t) {
    Optional<LocalDate> day = f.latestReport();
    if (day.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> earlier = f.reportOnOrBefore(day.get().minusDays(330));
    if (earlier.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal now = guarantees(f.report(day.get()));
    BigDecimal before = guarantees(f.report(earlier.get()));
    if (before.signum() <= 0 || now.signum() <= 0) {
      return Optional.empty();
    }
    double growth = now.subtract(before).divide(before, 6, RoundingMode.HALF_UP).doubleValue();
    if (growth < t) {
      return Optional.empty();
    }
    return found(
        day.get(),
        day.get()
            + "对外担保余额"
            + wan(now)
            + ",较"
            + earlier.get()
            + "的"
            + wan(before)
            + "增长"
            + pct(growth),
        "guarantees given "
            + cny(now)
            + " on "
            + day.get()
            + " vs "
            + cny(before)
            + " on "
            + earlier.get()
            + " (+"
            + pct(growth)
            + ")");
  }

  private static BigDecimal guarantees(List<CreditRecord> lines) {
    return lines.stream()
        .filter(c -> c.facilityType().orElse(FacilityType.OTHER) == FacilityType.GUARANTEE_GIVEN)
        .map(c -> yuan(c.outstanding()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Set<String> lenderSet(List<CreditRecord> lines) {
    return lines.stream()
        .filter(c -> c.facilityType().orElse(FacilityType.OTHER) != FacilityType.GUARANTEE_GIVEN)
        .map(c -> c.lender().orElse(c.facilityId()))
        .collect(Collectors.toSet());
  }

  private static String lenders(List<CreditRecord> lines) {
    return lines.stream()
        .map(c -> c.lender().orElse(c.facilityId()))
        .filter(Objects::nonNull)
        .distinct()
        .sorted()
        .collect(Collectors.joining("、"));
  }
}
