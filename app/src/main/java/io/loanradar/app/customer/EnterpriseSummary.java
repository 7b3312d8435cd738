package io.loanradar.app.customer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the enterprise list, with its latest score when it has one.
 *
 * @param enterpriseId customer number
 * @param name registered name
 * @param uscc unified social credit code, or null
 * @param industryCode GB/T 4754 code, or null
 * @param regionCode GB/T 2260 code, or null
 * @param registeredCapital in yuan, or null
 * @param establishedOn incorporation date, or null
 * @param branchId owning branch, or null
 * @param rmId relationship manager, or null
 * @param score latest score 0–100, or null
 * @param grade latest grade A/B/C, or null
 * @param tier latest tier, or null
 */
public record EnterpriseSummary(
    String enterpriseId,
    String name,
    String uscc,
    String industryCode,
    String regionCode,
    BigDecimal registeredCapital,
    LocalDate establishedOn,
    String branchId,
    String rmId,
    BigDecimal score,
    String grade,
    String tier) {}
