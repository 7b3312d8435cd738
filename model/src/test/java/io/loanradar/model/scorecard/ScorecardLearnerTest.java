package io.loanradar.model.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.loanradar.model.data.Dataset;
import io.loanradar.model.data.DatasetSpec;
import io.loanradar.model.data.Table;
import io.loanradar.model.score.Prediction;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScorecardLearnerTest {

  /** Risk rises with debt, falls with income; region is noise; "ratio" copies debt. */
  static Dataset sample() {
    Random random = new Random(7);
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      double debt = random.nextDouble();
      double income = random.nextDouble();
      String region = random.nextBoolean() ? "north" : "south";
      double logit = -2 + 3 * debt - 2 * income;
      boolean bad = random.nextDouble() < 1 / (1 + Math.exp(-logit));
      rows.add(
          new String[] {
            Double.toString(debt),
            i % 25 == 0 ? null : Double.toString(income),
            region,
            Double.toString(debt * 2),
            bad ? "1" : "0"
          });
    }
    return Dataset.of(
        Table.of("sample", List.of("debt", "income", "region", "ratio", "bad"), rows),
        DatasetSpec.of("bad", null));
  }

  @Test
  void keepsInformativeUncorrelatedCharacteristicsWithPositiveCoefficients() {
    ScorecardModel model = ScorecardLearner.DEFAULT.train(sample());
    assertThat(model.features())
        .extracting(f -> f.name())
        .containsExactlyInAnyOrder("debt", "income");
    assertThat(model.card().characteristics())
        .allSatisfy(c -> assertThat(c.coefficient()).isPositive());
    assertThat(model.card().selection())
        .anySatisfy(
            s -> {
              assertThat(s.feature()).isIn("debt", "ratio");
              assertThat(s.status()).contains("correlates");
            })
        .anySatisfy(
            s -> {
              assertThat(s.feature()).isEqualTo("region");
              assertThat(s.status()).contains("IV");
            });
  }

  @Test
  void scoreIsBasePointsPlusBinPointsAndMatchesTheProbability() {
    Dataset data = sample();
    ScorecardModel model = ScorecardLearner.DEFAULT.train(data);
    List<Prediction> predictions = model.predict(data.table(), 2);
    double[] p = model.probabilities(data.table());
    for (int r = 0; r < 50; r++) {
      Prediction prediction = predictions.get(r);
      assertThat(prediction.probability()).isCloseTo(p[r], within(1e-12));
      assertThat(prediction.score())
          .isCloseTo(model.card().scaling().scoreOfProbability(p[r]), within(1e-6));
      double points = model.basePoints();
      for (Characteristic c : model.card().characteristics()) {
        int column = data.table().column(c.feature().name(), "feature");
        double x = c.feature().number(data.table(), r, column);
        points += model.points(c, c.bins().get(c.binOf(x)));
      }
      assertThat(prediction.score()).isCloseTo(points, within(1e-6));
      assertThat(prediction.reasons()).hasSizeLessThanOrEqualTo(2);
      prediction
          .reasons()
          .forEach(
              reason -> {
                assertThat(reason.impact()).isPositive();
                assertThat(reason.zh()).contains("最佳分箱");
                assertThat(reason.en()).contains("points below its best bin");
              });
    }
  }
}
