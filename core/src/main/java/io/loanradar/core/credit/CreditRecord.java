package io.loanradar.core.credit;

import io.loanradar.core.customer.EnterpriseId;
import io.loanradar.core.finance.Money;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 征信 — one facility line of a credit-bureau report.
 *
 * @param enterpriseId whose report
 * @param reportDate date of the report
 * @param facilityId the facility
 * @param lender the lending institution
 * @param facilityType kind of facility
 * @param creditLimit 授信额度
 * @param outstanding 余额
 * @param overdueAmount 逾期金额
 * @param maxOverdueDays longest overdue, in days
 * @param fiveCategory the lender's classification
 * @param maturityDate when the facility falls due (到期日), when the report gives it
 */
public record CreditRecord(
    EnterpriseId enterpriseId,
    LocalDate reportDate,
    String facilityId,
    Optional<String> lender,
    Optional<FacilityType> facilityType,
    Optional<Money> creditLimit,
    Optional<Money> outstanding,
    Optional<Money> overdueAmount,
    Optional<Long> maxOverdueDays,
    Optional<FiveCategory> fiveCategory,
    Optional<LocalDate> maturityDate) {

  /**
   * The lines of the latest report dated on or before {@code asOf}, in the given order; none when
   * no report was known by then.
   */
  public static List<CreditRecord> latestReport(List<CreditRecord> lines, LocalDate asOf) {
    Optional<LocalDate> latest =
        lines.stream()
            .map(CreditRecord::reportDate)
            .filter(d -> !d.isAfter(asOf))
            .max(Comparator.naturalOrder());
    return latest
        .map(d -> lines.stream().filter(l -> l.reportDate().equals(d)).toList())
        .orElse(List.of());
  }
}
