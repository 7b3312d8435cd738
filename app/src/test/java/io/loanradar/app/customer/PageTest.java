package io.loanradar.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A page asked for outside the list is the nearest one, read from its own offset. */
class PageTest {

  private static List<Integer> rows(int offset, int limit, int total) {
    return IntStream.range(offset, Math.min(offset + limit, total)).boxed().toList();
  }

  @Test
  void readsTheWantedPageAndClampsToTheFirstAndTheLast() {
    List<int[]> reads = new ArrayList<>();
    Page<Integer> third =
        Page.of(
            2,
            50,
            120,
            (offset, limit) -> {
              reads.add(new int[] {offset, limit});
              return rows(offset, limit, 120);
            });
    assertThat(third.number()).isEqualTo(2);
    assertThat(third.items()).hasSize(20).startsWith(100);
    assertThat(reads).singleElement().satisfies(r -> assertThat(r).containsExactly(100, 50));
    assertThat(third.hasNext()).isFalse();

    assertThat(Page.of(9, 50, 120, (o, l) -> rows(o, l, 120)).number()).isEqualTo(2);
    assertThat(Page.of(-3, 50, 120, (o, l) -> rows(o, l, 120)).number()).isZero();
    Page<Integer> none = Page.of(4, 50, 0, (o, l) -> rows(o, l, 0));
    assertThat(none.number()).isZero();
    assertThat(none.items()).isEmpty();
  }
}
