package io.loanradar.model.score;

import io.loanradar.model.data.Feature;
import io.loanradar.model.data.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A trained model: it reads rows of a table by column name and predicts, and it saves itself. */
public interface Predictor {

  /** Which learner made it: {@code scorecard} or {@code gbm}. */
  String learner();

  /** The columns it reads, as typed in training. */
  List<Feature> features();

  /** The probability of bad for every row of the table (its columns are found by name). */
  double[] probabilities(Table table);

  /**
   * Predictions with up to {@code reasons} reason codes for every row.
   *
   * @throws IllegalArgumentException when the table lacks a feature column or a cell of a numeric
   *     feature is not a number
   */
  List<Prediction> predict(Table table, int reasons);

  /** Writes the model's own files into a directory that exists. */
  void save(Path dir) throws IOException;

  /** Learner settings and fitted facts for the model's description file. */
  Map<String, Object> parameters();
}
