package io.loanradar.core.product;

import io.loanradar.core.demand.Scenario;
import io.loanradar.core.finance.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A loan product of the bank's catalogue.
 *
 * @param code product code
 * @param name product name
 * @param type kind of product
 * @param minAmount smallest amount
 * @param maxAmount largest amount
 * @param minTenorMonths shortest tenor
 * @param maxTenorMonths longest tenor
 * @param rateFloor lowest annual rate
 * @param rateCap highest annual rate
 * @param scenarios the demand scenarios it serves
 * @param eligibility an expression over the customer's features; empty = no extra condition
 * @param collateralRequired whether collateral is needed
 * @param industriesExcluded GB/T 4754 code prefixes it is not sold to
 */
public record Product(
    String code,
    String name,
    ProductType type,
    Optional<Money> minAmount,
    Optional<Money> maxAmount,
    Optional<Long> minTenorMonths,
    Optional<Long> maxTenorMonths,
    Optional<BigDecimal> rateFloor,
    Optional<BigDecimal> rateCap,
    List<Scenario> scenarios,
    Optional<String> eligibility,
    boolean collateralRequired,
    List<String> industriesExcluded) {

  /** Copies the lists. */
  public Product {
    scenarios = List.copyOf(scenarios);
    industriesExcluded = List.copyOf(industriesExcluded);
  }
}
