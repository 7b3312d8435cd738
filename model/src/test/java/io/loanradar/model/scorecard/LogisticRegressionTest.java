package io.loanradar.model.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

  /** x = 0: 10 rows, 2 bad; x = 1: 10 rows, 6 bad. */
  static double[][] x = new double[20][1];

  static int[] y = new int[20];

  static {
    for (int i = 0; i < 20; i++) {
      x[i][0] = i < 10 ? 0 : 1;
      y[i] = (i < 2 || (i >= 10 && i < 16)) ? 1 : 0;
    }
  }

  @Test
  void unpenalisedFitOfOneBinaryPredictorIsTheLogOddsOfEachGroup() {
    double[] beta = LogisticRegression.fit(x, y, 0);
    assertThat(beta[0]).isCloseTo(Math.log(2.0 / 8), within(1e-9));
    assertThat(beta[1]).isCloseTo(Math.log(6.0 / 4) - Math.log(2.0 / 8), within(1e-9));
  }

  @Test
  void penalisedFitSetsThePenalisedGradientToZeroAndShrinksTheSlope() {
    double lambda = 2;
    double[] beta = LogisticRegression.fit(x, y, lambda);
    double g0 = 0;
    double g1 = 0;
    for (int i = 0; i < y.length; i++) {
      double mu = LogisticRegression.sigmoid(LogisticRegression.linear(beta, x[i]));
      g0 += y[i] - mu;
      g1 += (y[i] - mu) * x[i][0];
    }
    assertThat(g0).isCloseTo(0, within(1e-9));
    assertThat(g1 - lambda * beta[1]).isCloseTo(0, within(1e-9));
    assertThat(beta[1]).isBetween(0.0, Math.log(6.0 / 4) - Math.log(2.0 / 8));
  }

  @Test
  void sameDataGiveTheSameCoefficients() {
    assertThat(LogisticRegression.fit(x, y, 1)).containsExactly(LogisticRegression.fit(x, y, 1));
  }
}
