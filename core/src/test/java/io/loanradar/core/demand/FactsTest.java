package io.loanradar.core.demand;

import static org.assertj.core.api.Assertions.assertThat;

import io.loanradar.core.feature.DailyFlow;
import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FactsTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

  @Test
  void windowSumsEqualACountOverEveryFlowInWhateverOrderTheFlowsCame() {
    Random random = new Random(7);
    List<DailyFlow> flows = new ArrayList<>();
    Purpose[] purposes = {Purpose.SALES_RECEIPT, Purpose.SUPPLIER_PAYMENT, Purpose.SALARY};
    for (int day = 0; day < 760; day += 1 + random.nextInt(3)) {
      for (Direction d : Direction.values()) {
        Purpose p = purposes[random.nextInt(purposes.length)];
        BigDecimal total = BigDecimal.valueOf(random.nextInt(1_000_000), 2);
        // some flows after the as-of date, which the facts must not see
        flows.add(new DailyFlow(AS_OF.minusDays(740).plusDays(day), d, p, total, 1, total));
      }
    }
    Collections.shuffle(flows, random);
    Story story = new Story();
    story.flows.addAll(flows);
    Facts facts = new Facts(story.snapshot(AS_OF));

    for (int i = 0; i < 2_000; i++) {
      LocalDate from = AS_OF.minusDays(random.nextInt(800));
      LocalDate to = from.plusDays(random.nextInt(400));
      Direction d = Direction.values()[random.nextInt(2)];
      Purpose p = random.nextBoolean() ? null : purposes[random.nextInt(purposes.length)];
      BigDecimal expected = BigDecimal.ZERO;
      for (DailyFlow f : flows) {
        if (f.direction() == d
            && (p == null || f.purpose() == p)
            && !f.day().isBefore(from)
            && !f.day().isAfter(to)
            && !f.day().isAfter(AS_OF)) {
          expected = expected.add(f.total());
        }
      }
      assertThat(facts.sum(d, p, from, to))
          .as(from + ".." + to + " " + d + " " + p)
          .isEqualByComparingTo(expected);
    }
    assertThat(facts.sum(Direction.IN, null, AS_OF.plusDays(1), AS_OF.plusDays(30)))
        .isEqualByComparingTo(BigDecimal.ZERO);
  }
}
