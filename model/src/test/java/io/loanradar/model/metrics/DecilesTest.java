package io.loanradar.model.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DecilesTest {

  @Test
  void liftCaptureAndCalibrationByGroupMatchHandCounts() {
    // 10 rows, risk 0.1 … 1.0; the two riskiest are the only bads (overall rate 0.2)
    double[] risk = new double[10];
    int[] y = new int[10];
    for (int i = 0; i < 10; i++) {
      risk[i] = (i + 1) / 10.0;
      y[i] = i >= 8 ? 1 : 0;
    }
    Deciles d = Deciles.of(risk, y, 5);
    assertThat(d.groups()).hasSize(5);
    Deciles.Group top = d.groups().get(0);
    assertThat(top.rows()).isEqualTo(2);
    assertThat(top.bads()).isEqualTo(2);
    assertThat(top.badRate()).isEqualTo(1.0);
    assertThat(top.lift()).isCloseTo(5.0, within(1e-12));
    assertThat(top.cumulativeCapture()).isEqualTo(1.0);
    assertThat(top.meanPredicted()).isCloseTo(0.95, within(1e-12));
    assertThat(top.minRisk()).isEqualTo(0.9);
    Deciles.Group last = d.groups().get(4);
    assertThat(last.bads()).isZero();
    assertThat(last.meanPredicted()).isCloseTo(0.15, within(1e-12));
  }
}
