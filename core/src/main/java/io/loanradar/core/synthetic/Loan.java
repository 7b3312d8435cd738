package io.loanradar.core.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One loan at this bank, as written to loans.csv and serviced in the flows: drawn on {@code start},
 * interest monthly, principal at maturity, nothing paid from {@code stopsPaying} on.
 *
 * @param amount fen
 * @param outstanding fen, on statusDate
 * @param stopsPaying first day without servicing, or null when always serviced
 */
record Loan(
    String id,
    String product,
    long amount,
    double rate,
    LocalDate start,
    LocalDate maturity,
    String status,
    LocalDate statusDate,
    int overdueDays,
    long outstanding,
    LocalDate stopsPaying) {

  String fiveCategory() {
    return LoanTerms.fiveCategory(overdueDays);
  }

  /** The loans of one customer: a background facility for some, plus the loans of its stories. */
  static List<Loan> of(Enterprise e, List<Story> stories, Window window, SplittableRandom rng) {
    List<Loan> loans = new ArrayList<>(2);
    boolean ownLoanStory = false;
    for (Story s : stories) {
      ownLoanStory |= s.terms() != null && (s.kind() == StoryKind.REFINANCE || s.kind().bad());
    }
    int pct =
        switch (e.size()) {
          case MICRO -> 20;
          case SMALL -> 35;
          case MEDIUM -> 50;
          case LARGE -> 65;
        };
    if (!ownLoanStory && rng.nextInt(100) < pct) {
      loans.add(background(e, window, rng));
    }
    for (Story s : stories) {
      if (s.terms() == null) {
        continue;
      }
      if (s.kind() == StoryKind.REFINANCE) {
        loans.add(renewed(e, s, rng));
      }
      Story.Terms t = s.terms();
      loans.add(
          new Loan(
              s.loanId(),
              t.product(),
              t.amount(),
              t.rate(),
              t.start(),
              t.maturity(),
              t.status(),
              t.statusDate(),
              t.overdueDays(),
              t.outstanding(),
              s.kind().bad() ? s.overdueStart() : null));
    }
    return loans;
  }

  private static Loan background(Enterprise e, Window window, SplittableRandom rng) {
    String product = e.bigger() ? (rng.nextInt(4) == 0 ? "EQ01" : "WC01") : "CR03";
    Product p = Product.byCode(product);
    long amount = p.fit(LoanTerms.roundToTenWan(e.revenue() * Seeds.between(rng, 0.05, 0.15)));
    LocalDate start = LoanTerms.notBefore(window.start().minusDays(30 + rng.nextInt(700)), e);
    int tenor = 12 * (1 + rng.nextInt(3));
    LocalDate maturity = start.plusMonths(tenor);
    double rate = Math.round(Seeds.between(rng, 0.032, 0.055) * 10_000) / 10_000.0;
    boolean repaid = !maturity.isAfter(window.end());
    return new Loan(
        "L" + Enterprise.pad(e.index() + 1, 7) + "01",
        product,
        amount,
        rate,
        start,
        maturity,
        repaid ? "REPAID" : "ACTIVE",
        repaid ? maturity : window.end(),
        0,
        repaid ? 0 : amount,
        null);
  }

  private static Loan renewed(Enterprise e, Story s, SplittableRandom rng) {
    LocalDate maturity = s.outcomeOn();
    LocalDate start = LoanTerms.notBefore(maturity.minusMonths(12), e);
    double rate = Math.round(Seeds.between(rng, 0.034, 0.055) * 10_000) / 10_000.0;
    return new Loan(
        "L" + Enterprise.pad(e.index() + 1, 7) + "02",
        "WC01",
        s.terms().amount(),
        rate,
        start,
        maturity,
        "REPAID",
        maturity,
        0,
        0,
        null);
  }

  /** Monthly interest in fen, on the full amount. */
  long monthlyInterest() {
    return Math.round(amount * rate / 12);
  }

  String rateText() {
    long bp = Math.round(rate * 10_000);
    return "0." + Enterprise.pad(bp, 4);
  }
}
