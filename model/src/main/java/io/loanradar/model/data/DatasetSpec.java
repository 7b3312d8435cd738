package io.loanradar.model.data;

import java.util.List;

/**
 * How to read a table for training: the label column and which of its two values is bad, an
 * optional id column, an optional time column (for an out-of-time split), columns to leave out, and
 * the most categories a text column may have before it is refused.
 *
 * @param label label column; required
 * @param bad the label value that means bad; {@code null} when the label is 0/1 or false/true
 * @param id id column copied to predictions, never a feature; may be {@code null}
 * @param time time column ordering rows for an out-of-time split; may be {@code null}
 * @param exclude columns that are not features
 * @param maxCategories a text column with more distinct values is refused
 */
public record DatasetSpec(
    String label, String bad, String id, String time, List<String> exclude, int maxCategories) {

  public static final int DEFAULT_MAX_CATEGORIES = 50;

  public DatasetSpec {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("a label column is required (--label)");
    }
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
    if (maxCategories < 2) {
      throw new IllegalArgumentException("maxCategories must be at least 2, was " + maxCategories);
    }
  }

  public static DatasetSpec of(String label, String bad) {
    return new DatasetSpec(label, bad, null, null, List.of(), DEFAULT_MAX_CATEGORIES);
  }
}
