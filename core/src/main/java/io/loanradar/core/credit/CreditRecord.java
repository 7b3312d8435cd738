package io.loanradar.core.credit;

import io.loanradar.core.customer.EnterpriseId;
import io.loanradar.core.finance.Money;
import java.time.LocalDate;
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
    Optional<LocalDate> maturityDate) {}
