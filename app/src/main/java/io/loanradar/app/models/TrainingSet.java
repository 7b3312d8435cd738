package io.loanradar.app.models;

import io.loanradar.model.data.Table;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A platform model's training table: one row per enterprise and as-of date with its id, the as-of
 * date, the label ({@code 1} = the event happened in the window after the as-of date) and every
 * feature as of that date (empty when the feature engine could not compute it).
 *
 * @param target what the label says
 * @param columns id, as-of, label, then the features
 * @param rows the cells, in column order, {@code null} for a missing feature
 */
public record TrainingSet(PlatformTarget target, List<String> columns, List<String[]> rows) {

  /** The id column. */
  public static final String ID = "enterprise_id";

  /** The as-of column, ISO dates. */
  public static final String AS_OF = "as_of";

  /** Columns before the features. */
  public static final int LEADING = 3;

  /** Copies the lists. */
  public TrainingSet {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** The label column: the target's name. */
  public String label() {
    return target.id();
  }

  /** The feature columns. */
  public List<String> features() {
    return columns.subList(LEADING, columns.size());
  }

  /** The as-of dates present, ascending. */
  public Set<LocalDate> dates() {
    Set<LocalDate> dates = new TreeSet<>();
    rows.forEach(r -> dates.add(LocalDate.parse(r[1])));
    return dates;
  }

  /** Rows whose label is 1. */
  public long positives() {
    return rows.stream().filter(r -> "1".equals(r[2])).count();
  }

  /** Feature columns without a single value: a learner cannot use them. */
  public List<String> emptyFeatures() {
    return features().stream()
        .filter(
            f -> {
              int c = columns.indexOf(f);
              return rows.stream().allMatch(r -> r[c] == null);
            })
        .toList();
  }

  /** The rows as an in-memory table for the model lab. */
  public Table table() {
    return Table.of(target.id() + " training set", columns, rows);
  }

  /** Writes the table as UTF-8 CSV with a header; missing features are empty cells. */
  public void write(Path out) throws IOException {
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(String.join(",", columns));
      w.write('\n');
      StringBuilder line = new StringBuilder();
      for (String[] row : rows) {
        line.setLength(0);
        for (int i = 0; i < row.length; i++) {
          if (i > 0) {
            line.append(',');
          }
          if (row[i] != null) {
            line.append(row[i]);
          }
        }
        w.write(line.append('\n').toString());
      }
    }
  }
}
