package io.loanradar.app.customer;

import java.util.List;
import java.util.function.BiFunction;

/**
 * One page of a longer list.
 *
 * @param items the rows of this page
 * @param number zero-based page number
 * @param size rows per page
 * @param total rows in the whole list
 */
public record Page<T>(List<T> items, int number, int size, long total) {

  /** Copies the list. */
  public Page {
    items = List.copyOf(items);
  }

  /**
   * Page {@code wanted} (zero-based; before the first, the first; past the end, the last) of a list
   * of {@code total} rows, {@code size} to a page, its rows read by {@code rows} from an offset.
   */
  public static <T> Page<T> of(
      int wanted, int size, long total, BiFunction<Integer, Integer, List<T>> rows) {
    int last = new Page<T>(List.of(), 0, size, total).pages() - 1;
    int number = Math.min(Math.max(wanted, 0), last);
    return new Page<>(rows.apply(number * size, size), number, size, total);
  }

  /** How many pages the list has (at least one). */
  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  /** Whether there is a page before this one. */
  public boolean hasPrevious() {
    return number > 0;
  }

  /** Whether there is a page after this one. */
  public boolean hasNext() {
    return number + 1 < pages();
  }
}
