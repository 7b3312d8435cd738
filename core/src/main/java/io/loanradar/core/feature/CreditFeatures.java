package io.loanradar.core.feature;

import io.loanradar.core.credit.CreditRecord;
import io.loanradar.core.credit.FacilityType;
import io.loanradar.core.credit.LoanStatus;
import io.loanradar.core.finance.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * Overdue, utilisation, exposure and classification from the latest credit-bureau report and this
 * bank's loans as they stood on the as-of date.
 */
final class CreditFeatures {

  private CreditFeatures() {}

  static void compute(Known known, FeatureValues out) {
    List<CreditRecord> report = CreditRecord.latestReport(known.credit(), known.asOf());
    List<Known.LoanState> loans = known.loans().stream().filter(CreditFeatures::owed).toList();
    if (report.isEmpty() && known.loans().isEmpty()) {
      return;
    }
    Stream<Optional<Money>> overdueAmounts =
        Stream.concat(
            report.stream().map(CreditRecord::overdueAmount),
            loans.stream().map(CreditFeatures::overdueBalance));
    out.put(FeatureNames.OVERDUE_AMOUNT, sumPresent(overdueAmounts));
    List<Long> days = new ArrayList<>();
    report.forEach(r -> r.maxOverdueDays().ifPresent(days::add));
    loans.forEach(l -> l.overdueDays().ifPresent(days::add));
    days.stream()
        .max(Comparator.naturalOrder())
        .ifPresent(d -> out.put(FeatureNames.MAX_OVERDUE_DAYS, d));
    Stream.concat(
            report.stream().map(CreditRecord::fiveCategory),
            loans.stream().map(Known.LoanState::category))
        .flatMap(Optional::stream)
        .max(Comparator.naturalOrder())
        .ifPresent(c -> out.put(FeatureNames.WORST_FIVE_CATEGORY, c.ordinal()));
    if (!report.isEmpty()) {
      List<CreditRecord> funded =
          report.stream()
              .filter(r -> r.facilityType().orElse(null) != FacilityType.GUARANTEE_GIVEN)
              .toList();
      OptionalDouble outstanding = sumPresent(funded.stream().map(CreditRecord::outstanding));
      out.put(FeatureNames.OTHER_BANK_EXPOSURE, outstanding);
      out.put(FeatureNames.UTILISATION, utilisation(funded));
    }
  }

  private static boolean owed(Known.LoanState loan) {
    return loan.status() != LoanStatus.REPAID;
  }

  /** 逾期贷款: the whole balance of a loan with any overdue counts, as in regulatory reporting. */
  private static Optional<Money> overdueBalance(Known.LoanState loan) {
    if (loan.overdueDays().orElse(0L) == 0) {
      return Optional.of(Money.ZERO);
    }
    return loan.outstanding();
  }

  private static OptionalDouble utilisation(List<CreditRecord> lines) {
    double used = 0;
    double limit = 0;
    for (CreditRecord line : lines) {
      if (line.creditLimit().isPresent() && line.outstanding().isPresent()) {
        used += line.outstanding().get().yuan().doubleValue();
        limit += line.creditLimit().get().yuan().doubleValue();
      }
    }
    return limit == 0 ? OptionalDouble.empty() : OptionalDouble.of(used / limit);
  }

  private static OptionalDouble sumPresent(Stream<Optional<Money>> amounts) {
    List<Money> present = amounts.flatMap(Optional::stream).toList();
    if (present.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(present.stream().reduce(Money.ZERO, Money::plus).yuan().doubleValue());
  }
}
