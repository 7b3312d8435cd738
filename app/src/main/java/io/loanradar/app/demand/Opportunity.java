package io.loanradar.app.demand;

import io.loanradar.core.demand.OpportunityStage;
import io.loanradar.core.demand.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 商机 — a loan opportunity as kept in the store.
 *
 * @param id opportunity id
 * @param enterpriseId the customer
 * @param scenario why it may need a loan
 * @param stage where the opportunity stands
 * @param detectedOn as-of date of the first detection
 * @param refreshedOn as-of date of the latest evidence
 * @param amount estimated amount, CNY yuan
 * @param amountMethod how the amount was found (see {@link io.loanradar.core.demand.Need})
 * @param expectedBy the day the need is expected
 * @param priority 1 (highest) … 5
 * @param owner the relationship manager, empty when the customer has none
 * @param products recommended product codes, best first
 * @param productsZh why those fit and why the others do not, in Chinese
 * @param productsEn the same in English
 * @param limitFlag the concentration limits the best product would break, with the headroom
 * @param evidenceZh the facts, in Chinese
 * @param evidenceEn the facts, in English
 * @param loanId the loan that disbursed it
 * @param lostReason why it was lost
 * @param closedOn when it was disbursed or lost
 */
public record Opportunity(
    String id,
    String enterpriseId,
    Scenario scenario,
    OpportunityStage stage,
    LocalDate detectedOn,
    LocalDate refreshedOn,
    BigDecimal amount,
    String amountMethod,
    LocalDate expectedBy,
    int priority,
    Optional<String> owner,
    List<String> products,
    List<String> productsZh,
    List<String> productsEn,
    Optional<String> limitFlag,
    List<String> evidenceZh,
    List<String> evidenceEn,
    Optional<String> loanId,
    Optional<String> lostReason,
    Optional<LocalDate> closedOn) {

  /** Copies the lists. */
  public Opportunity {
    products = List.copyOf(products);
    productsZh = List.copyOf(productsZh);
    productsEn = List.copyOf(productsEn);
    evidenceZh = List.copyOf(evidenceZh);
    evidenceEn = List.copyOf(evidenceEn);
  }

  /**
   * One recorded move of an opportunity.
   *
   * @param from the stage before, empty for the creation
   * @param to the stage after
   * @param actor who moved it ({@code system} for the nightly run)
   * @param at when
   * @param note what was said
   */
  public record Transition(
      Optional<OpportunityStage> from,
      OpportunityStage to,
      String actor,
      java.time.LocalDateTime at,
      Optional<String> note) {}
}
