package io.loanradar.core.product;

import io.loanradar.core.demand.Scenario;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which loans here a renewal (续贷) replaces, read from the bank's own catalogue: loans of the
 * product types its renewal products are of. A bank's renewal products (无还本续贷, 借新还旧) are
 * working-capital loans, so a maturing working-capital loan is a renewal to prepare; an equipment
 * mortgage or a term credit loan is paid down by its schedule and a maturity there is no renewal.
 */
public final class RenewableProducts {

  /** Every loan is a renewal candidate: for a bank without a catalogue. */
  public static final Predicate<String> ALL = code -> true;

  private RenewableProducts() {}

  /**
   * The products whose loans a renewal replaces: those of a type that a product serving {@link
   * Scenario#REFINANCE} is of (the renewal products among them). A code the catalogue does not know
   * (a product since withdrawn) stays a candidate, so no renewal is lost to a gap in the catalogue;
   * a catalogue without any renewal product accepts every loan.
   */
  public static Predicate<String> of(List<Product> catalogue) {
    Set<ProductType> types = EnumSet.noneOf(ProductType.class);
    catalogue.stream()
        .filter(p -> p.scenarios().contains(Scenario.REFINANCE))
        .forEach(p -> types.add(p.type()));
    if (types.isEmpty()) {
      return ALL;
    }
    Map<String, Boolean> renewable =
        catalogue.stream()
            .collect(Collectors.toMap(Product::code, p -> types.contains(p.type()), (a, b) -> a));
    return code -> renewable.getOrDefault(code, true);
  }
}
