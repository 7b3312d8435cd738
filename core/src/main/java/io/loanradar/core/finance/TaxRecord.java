package io.loanradar.core.finance;

import io.loanradar.core.customer.EnterpriseId;
import java.time.YearMonth;
import java.util.Optional;

/**
 * 纳税记录 — one month of an enterprise's tax.
 *
 * @param enterpriseId whose record
 * @param period the month
 * @param vatPaid 增值税
 * @param incomeTaxPaid 企业所得税
 * @param invoicedSales 开票销售额
 * @param grade 纳税信用等级
 */
public record TaxRecord(
    EnterpriseId enterpriseId,
    YearMonth period,
    Optional<Money> vatPaid,
    Optional<Money> incomeTaxPaid,
    Optional<Money> invoicedSales,
    Optional<TaxCreditGrade> grade) {}
