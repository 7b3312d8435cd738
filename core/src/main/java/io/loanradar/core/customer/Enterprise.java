package io.loanradar.core.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 企业客户 — a corporate customer as the bank knows it. Optional facts are empty when unknown.
 *
 * @param id the bank's customer number
 * @param name the registered name
 * @param uscc the unified social credit code
 * @param industry GB/T 4754 industry
 * @param region GB/T 2260 region
 * @param registeredCapital 注册资本, in CNY yuan with two fraction digits, never negative. A plain
 *     {@link BigDecimal} rather than {@code finance.Money}: the finance package refers to {@link
 *     EnterpriseId}, so customer must not refer back to it (no package cycles).
 * @param establishedOn date of incorporation
 * @param employees head count
 * @param branchId owning branch
 * @param rmId relationship manager
 * @param relationshipSince start of the relationship with the bank
 * @param groupId enterprise group (集团)
 * @param listed whether its shares are listed
 */
public record Enterprise(
    EnterpriseId id,
    String name,
    Optional<Uscc> uscc,
    Optional<IndustryCode> industry,
    Optional<RegionCode> region,
    Optional<BigDecimal> registeredCapital,
    Optional<LocalDate> establishedOn,
    Optional<Long> employees,
    Optional<String> branchId,
    Optional<String> rmId,
    Optional<LocalDate> relationshipSince,
    Optional<String> groupId,
    Optional<Boolean> listed) {

  /**
   * Checks the required parts.
   *
   * @throws IllegalArgumentException when the id or name is missing, or the registered capital is
   *     negative or finer than a fen
   */
  public Enterprise {
    if (id == null || name == null || name.isBlank()) {
      throw new IllegalArgumentException("an enterprise needs an id and a name");
    }
    registeredCapital
        .filter(c -> c.signum() < 0 || c.stripTrailingZeros().scale() > 2)
        .ifPresent(
            c -> {
              throw new IllegalArgumentException(
                  "registered capital must be yuan >= 0 with at most 2 decimals: " + c);
            });
  }
}
