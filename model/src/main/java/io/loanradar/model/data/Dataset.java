package io.loanradar.model.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A table ready for training: the features typed, the label as 1 = bad / 0 = good, and the id and
 * time columns set aside. Built by {@link #of(Table, DatasetSpec)}, which refuses what it cannot
 * use with a message naming the column and the file.
 */
public final class Dataset {

  private final Table table;
  private final DatasetSpec spec;
  private final List<Feature> features;
  private final int[] label;
  private final String badValue;
  private final String goodValue;

  private Dataset(
      Table table,
      DatasetSpec spec,
      List<Feature> features,
      int[] label,
      String badValue,
      String goodValue) {
    this.table = table;
    this.spec = spec;
    this.features = List.copyOf(features);
    this.label = label;
    this.badValue = badValue;
    this.goodValue = goodValue;
  }

  /**
   * Types the columns of a table and reads its label.
   *
   * @throws IllegalArgumentException when a named column is absent, the label is missing on a row
   *     or does not have exactly two values, {@code bad} is not one of them, a column has no value
   *     at all, or a text column has more than {@code maxCategories} values
   */
  public static Dataset of(Table table, DatasetSpec spec) {
    int labelColumn = table.column(spec.label(), "label");
    Set<String> setAside = new HashSet<>();
    setAside.add(spec.label());
    if (spec.id() != null) {
      table.column(spec.id(), "id");
      setAside.add(spec.id());
    }
    if (spec.time() != null) {
      table.column(spec.time(), "time");
      setAside.add(spec.time());
    }
    for (String excluded : spec.exclude()) {
      table.column(excluded, "excluded");
      setAside.add(excluded);
    }
    String[] values = labelValues(table, labelColumn, spec);
    String bad = values[0];
    String good = values[1];
    int[] y = new int[table.size()];
    for (int r = 0; r < y.length; r++) {
      y[r] = table.cell(r, labelColumn).equals(bad) ? 1 : 0;
    }
    List<Feature> features = new ArrayList<>();
    for (String name : table.names()) {
      if (!setAside.contains(name)) {
        features.add(type(table, name, spec.maxCategories()));
      }
    }
    if (features.isEmpty()) {
      throw new IllegalArgumentException(table.source() + ": no feature columns left to train on");
    }
    return new Dataset(table, spec, features, y, bad, good);
  }

  /** Rows at the given positions, same features. */
  public Dataset subset(int[] rows) {
    int[] y = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      y[i] = label[rows[i]];
    }
    return new Dataset(table.rows(rows), spec, features, y, badValue, goodValue);
  }

  public Table table() {
    return table;
  }

  public DatasetSpec spec() {
    return spec;
  }

  public List<Feature> features() {
    return features;
  }

  public int size() {
    return label.length;
  }

  /** 1 = bad, 0 = good, per row. */
  public int[] label() {
    return label.clone();
  }

  public int bads() {
    int n = 0;
    for (int v : label) {
      n += v;
    }
    return n;
  }

  public String badValue() {
    return badValue;
  }

  public String goodValue() {
    return goodValue;
  }

  /** The numbers of a numeric feature, NaN where missing. */
  public double[] numbers(Feature feature) {
    int column = table.column(feature.name(), "feature");
    double[] x = new double[size()];
    for (int r = 0; r < x.length; r++) {
      x[r] = feature.number(table, r, column);
    }
    return x;
  }

  /** The texts of a categorical feature, {@code null} where missing. */
  public String[] texts(Feature feature) {
    int column = table.column(feature.name(), "feature");
    String[] x = new String[size()];
    for (int r = 0; r < x.length; r++) {
      x[r] = table.cell(r, column);
    }
    return x;
  }

  /** The time column's cells, or {@code null} when the spec names none. */
  public String[] times() {
    if (spec.time() == null) {
      return null;
    }
    int column = table.column(spec.time(), "time");
    String[] t = new String[size()];
    for (int r = 0; r < t.length; r++) {
      t[r] = table.cell(r, column);
    }
    return t;
  }

  /**
   * Reads a binary label column as 1 = bad, 0 = good, with the same rules and messages as {@link
   * #of}.
   */
  public static int[] binaryLabel(Table table, String column, String bad) {
    DatasetSpec spec = DatasetSpec.of(column, bad);
    int c = table.column(column, "label");
    String badValue = labelValues(table, c, spec)[0];
    int[] y = new int[table.size()];
    for (int r = 0; r < y.length; r++) {
      y[r] = table.cell(r, c).equals(badValue) ? 1 : 0;
    }
    return y;
  }

  private static String[] labelValues(Table table, int column, DatasetSpec spec) {
    TreeMap<String, Integer> counts = new TreeMap<>();
    int missing = 0;
    int firstMissingLine = -1;
    for (int r = 0; r < table.size(); r++) {
      String v = table.cell(r, column);
      if (v == null) {
        if (missing++ == 0) {
          firstMissingLine = table.line(r);
        }
      } else {
        counts.merge(v, 1, Integer::sum);
      }
    }
    if (missing > 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "label column '%s' in %s is missing on %d rows (first at line %d); every row needs a"
                  + " label",
              spec.label(),
              table.source(),
              missing,
              firstMissingLine));
    }
    if (counts.size() != 2) {
      List<String> shown = new ArrayList<>(counts.keySet());
      String list = String.join(", ", shown.subList(0, Math.min(10, shown.size())));
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "label column '%s' in %s must be binary (exactly two distinct values), but it has %d:"
                  + " %s%s",
              spec.label(),
              table.source(),
              counts.size(),
              list,
              shown.size() > 10 ? ", …" : ""));
    }
    String first = counts.firstKey();
    String second = counts.lastKey();
    String bad = spec.bad();
    if (bad == null) {
      if (first.equals("0") && second.equals("1")) {
        bad = "1";
      } else if (first.equalsIgnoreCase("false") && second.equalsIgnoreCase("true")) {
        bad = second;
      } else {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "label column '%s' has the values %s and %s; say which one is bad with --bad",
                spec.label(),
                first,
                second));
      }
    }
    if (!counts.containsKey(bad)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "--bad %s is not a value of label column '%s', whose values are %s and %s",
              bad,
              spec.label(),
              first,
              second));
    }
    return new String[] {bad, bad.equals(first) ? second : first};
  }

  private static Feature type(Table table, String name, int maxCategories) {
    int column = table.column(name, "feature");
    TreeSet<String> categories = new TreeSet<>();
    boolean numeric = true;
    boolean any = false;
    String firstText = null;
    int firstTextLine = 0;
    for (int r = 0; r < table.size(); r++) {
      String v = table.cell(r, column);
      if (v == null) {
        continue;
      }
      any = true;
      if (numeric && !Feature.isNumber(v)) {
        numeric = false;
        firstText = v;
        firstTextLine = table.line(r);
      }
      if (categories.size() <= maxCategories) {
        categories.add(v);
      }
    }
    if (!any) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "column '%s' in %s has no values (every row is missing); leave it out with --exclude",
              name,
              table.source()));
    }
    if (numeric) {
      return Feature.numeric(name);
    }
    if (categories.size() > maxCategories) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "column '%s' in %s is not numeric ('%s' at line %d) and has more than %d distinct"
                  + " values, too many to encode; leave it out with --exclude or name it --id",
              name,
              table.source(),
              firstText,
              firstTextLine,
              maxCategories));
    }
    return new Feature(name, Feature.Kind.CATEGORICAL, new ArrayList<>(categories));
  }
}
