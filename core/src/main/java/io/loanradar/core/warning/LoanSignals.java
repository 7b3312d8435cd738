package io.loanradar.core.warning;

import static io.loanradar.core.warning.Facts.cny;
import static io.loanradar.core.warning.Facts.wan;
import static io.loanradar.core.warning.LibrarySignal.found;

import io.loanradar.core.credit.FiveCategory;
import io.loanradar.core.credit.LoanStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Signals from this bank's own loans, as they stood on the as-of date. */
final class LoanSignals {

  private LoanSignals() {}

  static List<Signal> all() {
    SignalFamily f = SignalFamily.OWN_LOANS;
    return List.of(
        new LibrarySignal(
            "LOAN_OVERDUE",
            f,
            "本行贷款逾期",
            "Overdue on our loan",
            "an open loan here is overdue by at least the threshold days (days, default 1)",
            SignalSetting.of(1, Severity.HIGH),
            (facts, t) -> overdue(facts, t)),
        new LibrarySignal(
            "LOAN_OVERDUE_90",
            f,
            "本行贷款逾期超90天",
            "Overdue more than 90 days on our loan",
            "an open loan here is overdue by more than the threshold days (days, default 90)",
            SignalSetting.of(90, Severity.CRITICAL),
            (facts, t) -> overdue(facts, t + 1)),
        new LibrarySignal(
            "LOAN_DOWNGRADED",
            f,
            "本行五级分类下调",
            "Downgraded in our five categories",
            "the bank classifies an open loan at or below the threshold (ordinal 1 ="
                + " SPECIAL_MENTION … 4 = LOSS, default 1)",
            SignalSetting.of(1, Severity.HIGH),
            LoanSignals::downgraded),
        new LibrarySignal(
            "LOAN_RESTRUCTURED",
            f,
            "贷款重组",
            "Loan restructured",
            "a loan's maturity was moved out after it fell overdue or was downgraded, within the"
                + " threshold days (days, default 365)",
            SignalSetting.of(365, Severity.HIGH),
            LoanSignals::restructured),
        new LibrarySignal(
            "LOAN_DEFAULTED",
            f,
            "本行贷款违约",
            "Loan in default",
            "a loan here is in default or written off, observed within the threshold days (days,"
                + " default 730)",
            SignalSetting.of(730, Severity.CRITICAL),
            LoanSignals::defaulted));
  }

  private static Optional<LibrarySignal.Evidence> overdue(Facts f, double minDays) {
    return f.loans().stream()
        .filter(l -> l.open() && l.overdueDays() >= minDays)
        .max(Comparator.comparingLong(LoanView::overdueDays))
        .flatMap(
            l ->
                found(
                    l.statusDate(),
                    l.statusDate()
                        + "贷款"
                        + l.loanId()
                        + "逾期"
                        + l.overdueDays()
                        + "天,余额"
                        + wan(l.outstanding()),
                    "loan "
                        + l.loanId()
                        + " "
                        + l.overdueDays()
                        + " days overdue on "
                        + l.statusDate()
                        + ", balance "
                        + cny(l.outstanding())));
  }

  private static Optional<LibrarySignal.Evidence> downgraded(Facts f, double t) {
    return f.loans().stream()
        .filter(l -> l.open() && l.bankCategory().ordinal() >= t)
        .max(Comparator.comparing(LoanView::bankCategory))
        .flatMap(
            l ->
                found(
                    l.statusDate(),
                    l.statusDate() + "本行将贷款" + l.loanId() + "分类为" + l.bankCategory(),
                    "loan "
                        + l.loanId()
                        + " classified "
                        + l.bankCategory()
                        + " on "
                        + l.statusDate()));
  }

  private static Optional<LibrarySignal.Evidence> restructured(Facts f, double days) {
    return f.loans().stream()
        .filter(l -> l.restructuredOn().isPresent())
        .filter(l -> !l.restructuredOn().get().isBefore(f.asOf().minusDays((long) days)))
        .findFirst()
        .flatMap(
            l ->
                found(
                    l.restructuredOn().get(),
                    l.restructuredOn().get() + "贷款" + l.loanId() + "逾期后展期(重组)",
                    "loan "
                        + l.loanId()
                        + " had its maturity extended after falling overdue"
                        + " (restructured) on "
                        + l.restructuredOn().get()));
  }

  private static Optional<LibrarySignal.Evidence> defaulted(Facts f, double days) {
    return f.loans().stream()
        .filter(l -> l.status() == LoanStatus.DEFAULTED || l.status() == LoanStatus.WRITTEN_OFF)
        .filter(l -> !l.statusDate().isBefore(f.asOf().minusDays((long) days)))
        .findFirst()
        .flatMap(
            l ->
                found(
                    l.statusDate(),
                    l.statusDate()
                        + "贷款"
                        + l.loanId()
                        + "状态为"
                        + l.status()
                        + ",分类"
                        + l.bankCategory(),
                    "loan "
                        + l.loanId()
                        + " "
                        + l.status()
                        + " on "
                        + l.statusDate()
                        + ", classified "
                        + l.bankCategory()));
  }

  static boolean nonPerforming(FiveCategory c) {
    return c.compareTo(FiveCategory.SUBSTANDARD) >= 0;
  }
}
