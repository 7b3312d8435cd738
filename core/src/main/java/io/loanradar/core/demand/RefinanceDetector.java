package io.loanradar.core.demand;

import io.loanradar.core.credit.LoanStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 续贷: a loan here matures soon while the borrower pays on time. Bureau lines carry no maturity, so
 * loans at other banks cannot be seen maturing.
 */
final class RefinanceDetector implements Detector {

  @Override
  public Scenario scenario() {
    return Scenario.REFINANCE;
  }

  @Override
  public Optional<Trigger> detect(DemandInput input, Facts facts, TriggerConfig config) {
    LocalDate asOf = facts.asOf();
    LocalDate horizon = asOf.plusDays(config.whole(Threshold.REFINANCE_DAYS));
    long maxOverdue = config.whole(Threshold.REFINANCE_MAX_OVERDUE_DAYS);
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
            .sorted(Comparator.comparing(l -> l.loan().maturityDate()))
            .toList();
    if (maturing.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal total = BigDecimal.ZERO;
    List<Evidence> evidence = new ArrayList<>();
    for (Facts.LoanState l : maturing) {
      total = total.add(l.outstanding());
      LocalDate due = l.loan().maturityDate();
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
            maturing.size(),
            Optional.of(total),
            maturing.get(0).loan().maturityDate(),
            evidence));
  }
}
