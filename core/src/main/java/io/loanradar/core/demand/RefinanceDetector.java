package io.loanradar.core.demand;

import io.loanradar.core.credit.CreditRecord;
import io.loanradar.core.credit.FacilityType;
import io.loanradar.core.credit.FiveCategory;
import io.loanradar.core.credit.LoanStatus;
import io.loanradar.core.event.Event;
import io.loanradar.core.event.EventSource;
import io.loanradar.core.event.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * 续贷 / 他行置换: a loan here matures soon while the borrower pays on time, or, where the latest
 * credit-bureau report gives maturity dates, a loan at another bank does while no bureau line is
 * overdue or classified below normal — a renewal to keep, or a loan to take over — and the customer
 * has said so: an RM note or a step towards a loan in online banking (see {@link #intent}).
 */
final class RefinanceDetector implements Detector {

  /**
   * A tenor counts in whole months give or take this many days (a one-year loan may end a day
   * early).
   */
  static final int TENOR_SLACK_DAYS = 15;

  private final Predicate<String> renewable;

  /**
   * @param renewable whether a loan of a product code here is one a renewal replaces (see {@link
   *     io.loanradar.core.product.RenewableProducts})
   */
  RefinanceDetector(Predicate<String> renewable) {
    this.renewable = renewable;
  }

  @Override
  public Scenario scenario() {
    return Scenario.REFINANCE;
  }

  @Override
  public Optional<Trigger> detect(DemandInput input, Facts facts, TriggerConfig config) {
    LocalDate asOf = facts.asOf();
    LocalDate horizon = asOf.plusDays(config.whole(Threshold.REFINANCE_DAYS));
    long maxOverdue = config.whole(Threshold.REFINANCE_MAX_OVERDUE_DAYS);
    long minTenor = config.whole(Threshold.REFINANCE_MIN_TENOR_MONTHS);
    boolean overdue =
        facts.loans().stream()
            .anyMatch(l -> l.status() != LoanStatus.REPAID && l.overdueDays() > maxOverdue);
    if (overdue) {
      return Optional.empty();
    }
    List<Facts.LoanState> maturing =
        facts.loans().stream()
            .filter(l -> l.status() == LoanStatus.ACTIVE)
            .filter(l -> l.loan().maturityDate().isAfter(asOf))
            .filter(l -> !l.loan().maturityDate().isAfter(horizon))
            .filter(l -> l.outstanding().signum() > 0)
            .filter(l -> l.loan().productCode().map(renewable::test).orElse(true))
            .filter(
                l ->
                    !l.loan()
                        .startDate()
                        .plusMonths(minTenor)
                        .minusDays(TENOR_SLACK_DAYS)
                        .isAfter(l.loan().maturityDate()))
            .sorted(Comparator.comparing(l -> l.loan().maturityDate()))
            .toList();
    List<CreditRecord> elsewhere = otherBanksMaturing(input.snapshot().credit(), asOf, horizon);
    if (maturing.isEmpty() && elsewhere.isEmpty()) {
      return Optional.empty();
    }
    int intentDays = config.whole(Threshold.REFINANCE_INTENT_DAYS);
    List<Event> intent = intentDays > 0 ? intent(facts, intentDays) : List.of();
    if (intentDays > 0 && intent.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal total = BigDecimal.ZERO;
    LocalDate first = horizon;
    List<Evidence> evidence = new ArrayList<>();
    for (Facts.LoanState l : maturing) {
      total = total.add(l.outstanding());
      LocalDate due = l.loan().maturityDate();
      first = due.isBefore(first) ? due : first;
      String product = l.loan().productCode().map(p -> " (" + p + ")").orElse("");
      evidence.add(
          Evidence.of(
              "LOAN_MATURING",
              due,
              l.outstanding(),
              "本行贷款"
                  + l.loan().loanId()
                  + product
                  + "将于"
                  + due
                  + "到期，余额"
                  + Texts.wan(l.outstanding()),
              "loan "
                  + l.loan().loanId()
                  + product
                  + " here matures on "
                  + due
                  + ", outstanding "
                  + Texts.cny(l.outstanding())));
    }
    for (CreditRecord line : elsewhere) {
      BigDecimal owed = line.outstanding().orElseThrow().yuan();
      LocalDate due = line.maturityDate().orElseThrow();
      first = due.isBefore(first) ? due : first;
      total = total.add(owed);
      String lender = line.lender().orElse("他行");
      String lenderEn = line.lender().orElse("another bank");
      evidence.add(
          Evidence.of(
              "OTHER_BANK_LOAN_MATURING",
              due,
              owed,
              lender
                  + "贷款"
                  + line.facilityId()
                  + "将于"
                  + due
                  + "到期，余额"
                  + Texts.wan(owed)
                  + "（征信报告"
                  + line.reportDate()
                  + "）",
              "loan "
                  + line.facilityId()
                  + " at "
                  + lenderEn
                  + " matures on "
                  + due
                  + ", outstanding "
                  + Texts.cny(owed)
                  + " (bureau report of "
                  + line.reportDate()
                  + ")"));
    }
    for (Event e : intent) {
      evidence.add(
          e.source() == EventSource.RM_NOTE
              ? Detector.event(e, "客户经理记录", "RM note")
              : Detector.digitalStep(e));
    }
    evidence.add(
        Evidence.of(
            "NO_OVERDUE",
            asOf,
            null,
            "截至" + asOf + "本行贷款无逾期",
            "no loan here overdue as of " + asOf));
    return Optional.of(
        new Trigger(
            scenario(),
            asOf,
            maturing.size() + elsewhere.size() + (intent.isEmpty() ? 0 : 1),
            Optional.of(total),
            first,
            evidence));
  }

  /**
   * The customer's word in the last {@code days} days, oldest first: what the RM wrote down, and
   * the customer's own steps in online banking towards a loan. A renewal (无还本续贷 or a new loan that
   * repays the old) is applied for by the borrower before maturity, and a takeover needs a borrower
   * willing to move; a maturing loan without either is a date on the customer page, not yet an
   * opportunity.
   */
  static List<Event> intent(Facts facts, int days) {
    List<Event> out = new ArrayList<>(facts.eventsFrom(EventSource.RM_NOTE, days));
    for (EventType type : DIGITAL_STEPS) {
      out.addAll(facts.events(type, days));
    }
    out.sort(Comparator.comparing(Event::occurredAt));
    return out;
  }

  /**
   * Loans at other banks in the latest bureau report known on the as-of date that fall due within
   * the horizon, with a balance, earliest first; none when that report shows any line overdue or
   * classified below normal (a borrower in trouble elsewhere is for early warning, not a takeover).
   */
  static List<CreditRecord> otherBanksMaturing(
      List<CreditRecord> lines, LocalDate asOf, LocalDate horizon) {
    List<CreditRecord> report = CreditRecord.latestReport(lines, asOf);
    boolean troubled =
        report.stream()
            .anyMatch(
                l ->
                    l.maxOverdueDays().orElse(0L) > 0
                        || l.overdueAmount().filter(m -> m.yuan().signum() > 0).isPresent()
                        || l.fiveCategory().filter(c -> c != FiveCategory.NORMAL).isPresent());
    if (troubled) {
      return List.of();
    }
    return report.stream()
        .filter(l -> l.facilityType().filter(t -> t == FacilityType.LOAN).isPresent())
        .filter(l -> l.outstanding().filter(m -> m.yuan().signum() > 0).isPresent())
        .filter(
            l -> l.maturityDate().filter(d -> d.isAfter(asOf) && !d.isAfter(horizon)).isPresent())
        .sorted(Comparator.comparing(l -> l.maturityDate().orElseThrow()))
        .toList();
  }
}
