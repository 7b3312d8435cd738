package io.loanradar.model.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitTest {

  static final int[] LABEL = IntStream.range(0, 1000).map(i -> i % 10 == 0 ? 1 : 0).toArray();

  @Test
  void stratifiedSplitKeepsTheBadRateAndIsRepeatable() {
    Split s = Split.stratified(LABEL, 0.3, 42);
    assertThat(s.test()).hasSize(300);
    assertThat(Arrays.stream(s.test()).map(r -> LABEL[r]).sum()).isEqualTo(30);
    assertThat(IntStream.concat(Arrays.stream(s.train()), Arrays.stream(s.test())).sorted())
        .containsExactly(IntStream.range(0, 1000).boxed().toArray(Integer[]::new));
    assertThat(Split.stratified(LABEL, 0.3, 42).test()).containsExactly(s.test());
    assertThat(Split.stratified(LABEL, 0.3, 43).test()).isNotEqualTo(s.test());
  }

  @Test
  void outOfTimeSplitTrainsOnlyOnEarlierRows() {
    String[] times = {"2024-03", "2023-01", "2024-12", "2023-07", "2024-06"};
    Split s = Split.outOfTime(times, "month", 0.4);
    assertThat(s.test()).containsExactly(2, 4);
    assertThat(s.train()).containsExactly(0, 1, 3);
    String[] numeric = {"10", "9", "100"};
    assertThat(Split.outOfTime(numeric, "t", 0.34).test()).containsExactly(2);
  }

  @Test
  void foldsPartitionTheRowsAndEachHoldsItsShareOfBads() {
    List<Split> folds = Split.folds(LABEL, 5, 1);
    assertThat(folds).hasSize(5);
    int[] seen = new int[LABEL.length];
    for (Split f : folds) {
      assertThat(f.test()).hasSize(200);
      assertThat(Arrays.stream(f.test()).map(r -> LABEL[r]).sum()).isEqualTo(20);
      Arrays.stream(f.test()).forEach(r -> seen[r]++);
    }
    assertThat(seen).containsOnly(1);
  }
}
