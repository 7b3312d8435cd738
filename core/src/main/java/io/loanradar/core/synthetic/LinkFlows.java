package io.loanradar.core.synthetic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The payments along a supply link in one month, drawn from the link's own random stream so the
 * supplier's receipts and the buyer's payments are the same movements seen from both sides.
 */
final class LinkFlows {

  /** One payment from the buyer to the supplier. */
  record Payment(LocalDate day, int minute, long amount) {}

  private final long seed;
  private final Window window;
  private final StoryPlanner.Plan plan;
  private final List<Enterprise> firms;

  LinkFlows(long seed, Window window, StoryPlanner.Plan plan, List<Enterprise> firms) {
    this.seed = seed;
    this.window = window;
    this.plan = plan;
    this.firms = firms;
  }

  Payment[] payments(Structure.SupplyLink link, int planIndex) {
    SplittableRandom rng = Seeds.of(seed, Seeds.LINKS, (long) link.index() * 4096 + planIndex);
    YearMonth m = window.planMonth(planIndex);
    LocalDate mid = m.atDay(15);
    Enterprise buyer = firms.get(link.buyer());
    double season = buyer.industry().season().factor(m.getMonthValue());
    double total =
        link.monthly()
            * season
            * Seeds.between(rng, 0.85, 1.15)
            * factor(link.supplier(), mid, true)
            * factor(link.buyer(), mid, false);
    int count = 1 + rng.nextInt(2);
    Payment[] out = new Payment[count];
    long left = Math.round(total / 100) * 100;
    for (int k = 0; k < count; k++) {
      long amount =
          k == count - 1 ? left : Math.round(left * Seeds.between(rng, 0.3, 0.7) / 100) * 100;
      left -= amount;
      LocalDate day = Window.weekday(m.atDay(1 + rng.nextInt(m.lengthOfMonth())));
      out[k] = new Payment(day, 540 + rng.nextInt(480), Math.max(100, amount));
    }
    return out;
  }

  private double factor(int index, LocalDate day, boolean supplierSide) {
    double f = 1.0;
    for (Story s : plan.of(index)) {
      if (s.kind() == StoryKind.SUPPLY_CHAIN && supplierSide && s.active(day)) {
        f *= 0.5;
      } else if (s.kind().bad() && !day.isBefore(s.signalFrom())) {
        f *= supplierSide ? 0.75 : 0.6;
      }
    }
    return f;
  }
}
