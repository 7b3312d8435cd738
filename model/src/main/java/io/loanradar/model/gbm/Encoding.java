package io.loanradar.model.gbm;

import io.loanradar.model.data.Feature;
import io.loanradar.model.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * How a table becomes XGBoost's dense matrix: a numeric feature is one column (missing = NaN, which
 * XGBoost routes down its learned default branch); a categorical feature is one 0/1 column per
 * category seen in training (missing or unseen = all zeros).
 */
final class Encoding {

  private final List<Feature> features;
  private final int[] firstColumn;
  private final int width;

  Encoding(List<Feature> features) {
    this.features = List.copyOf(features);
    this.firstColumn = new int[features.size()];
    int w = 0;
    for (int f = 0; f < features.size(); f++) {
      firstColumn[f] = w;
      w += features.get(f).numeric() ? 1 : features.get(f).categories().size();
    }
    this.width = w;
  }

  int width() {
    return width;
  }

  List<Feature> features() {
    return features;
  }

  /** The feature an encoded column belongs to. */
  int featureOf(int column) {
    int f = 0;
    while (f + 1 < firstColumn.length && firstColumn[f + 1] <= column) {
      f++;
    }
    return f;
  }

  /** Column names: the feature name, or {@code name=category}. */
  List<String> columnNames() {
    List<String> names = new ArrayList<>();
    for (Feature f : features) {
      if (f.numeric()) {
        names.add(f.name());
      } else {
        f.categories().forEach(c -> names.add(f.name() + "=" + c));
      }
    }
    return names;
  }

  /** Row-major values of every row. */
  float[] encode(Table table) {
    int[] columns = new int[features.size()];
    for (int f = 0; f < columns.length; f++) {
      columns[f] = table.column(features.get(f).name(), "feature");
    }
    float[] data = new float[table.size() * width];
    for (int r = 0; r < table.size(); r++) {
      int base = r * width;
      for (int f = 0; f < columns.length; f++) {
        Feature feature = features.get(f);
        if (feature.numeric()) {
          data[base + firstColumn[f]] = (float) feature.number(table, r, columns[f]);
        } else {
          int k = feature.categories().indexOf(table.cell(r, columns[f]));
          if (k >= 0) {
            data[base + firstColumn[f] + k] = 1f;
          }
        }
      }
    }
    return data;
  }
}
