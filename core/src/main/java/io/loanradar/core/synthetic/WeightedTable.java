package io.loanradar.core.synthetic;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/** Draws items with probability proportional to an integer weight. */
final class WeightedTable<T> {

  private final List<T> items;
  private final int[] cumulative;

  WeightedTable(List<T> items, ToIntFunction<T> weight) {
    this.items = List.copyOf(items);
    this.cumulative = new int[items.size()];
    int sum = 0;
    for (int i = 0; i < items.size(); i++) {
      sum += weight.applyAsInt(items.get(i));
      cumulative[i] = sum;
    }
  }

  T draw(SplittableRandom rng) {
    int x = rng.nextInt(cumulative[cumulative.length - 1]);
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return items.get(lo);
  }
}
