package io.loanradar.app.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelMonitorTest {

  @Test
  void bandsCountEveryProbabilityOnceAndLabelsNameTheEdges() {
    assertThat(ModelMonitor.bands(new double[] {0.001, 0.015, 0.03, 0.07, 0.15, 0.3, 0.9, 0.5}))
        .containsExactly(1, 1, 1, 1, 1, 1, 2);
    assertThat(ModelMonitor.bandLabels())
        .containsExactly("< 1%", "1%–2%", "2%–5%", "5%–10%", "10%–20%", "20%–50%", "≥ 50%");
  }

  @Test
  void agreementIsFullForTheSameOrderAndNegativeForTheReverse() {
    double[] a = new double[20];
    double[] b = new double[20];
    double[] reversed = new double[20];
    for (int i = 0; i < 20; i++) {
      a[i] = i / 40.0;
      b[i] = i / 40.0 + 0.0001;
      reversed[i] = (19 - i) / 40.0;
    }
    Map<String, Double> same = ModelMonitor.agreement(a, b);
    assertThat(same.get("rank_correlation")).isCloseTo(1.0, within(1e-9));
    assertThat(same.get("top_decile_overlap")).isEqualTo(1.0);
    Map<String, Double> opposite = ModelMonitor.agreement(a, reversed);
    assertThat(opposite.get("rank_correlation")).isCloseTo(-1.0, within(1e-9));
    assertThat(opposite.get("top_decile_overlap")).isZero();
  }
}
