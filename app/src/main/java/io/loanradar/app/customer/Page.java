package io.loanradar.app.customer;

import java.util.List;

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
