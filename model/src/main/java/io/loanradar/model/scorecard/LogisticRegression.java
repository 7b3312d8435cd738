package io.loanradar.model.scorecard;

/**
 * L2-regularised logistic regression fitted by Newton–Raphson (iteratively reweighted least
 * squares). It maximises Σ [y ln p + (1 − y) ln(1 − p)] − (λ / 2) Σ β_j² over the slopes (the
 * intercept is not penalised). Deterministic: the same data give the same coefficients.
 */
public final class LogisticRegression {

  static final int MAX_ITERATIONS = 100;
  static final double TOLERANCE = 1e-10;

  private LogisticRegression() {}

  /**
   * Fits the model.
   *
   * @param x rows of predictors (no intercept column), all rows the same length
   * @param y 1 = bad, 0 = good
   * @param lambda L2 penalty on the slopes, ≥ 0
   * @return the intercept followed by one slope per predictor
   * @throws IllegalArgumentException on empty or ragged input or a negative penalty
   * @throws IllegalStateException when the Hessian is singular (e.g. λ = 0 and a constant column)
   */
  public static double[] fit(double[][] x, int[] y, double lambda) {
    if (x.length == 0 || x.length != y.length) {
      throw new IllegalArgumentException(
          "logistic regression needs rows with labels: "
              + x.length
              + " rows, "
              + y.length
              + " labels");
    }
    if (lambda < 0) {
      throw new IllegalArgumentException("the L2 penalty must be ≥ 0, was " + lambda);
    }
    int p = x[0].length + 1;
    double[] beta = new double[p];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] gradient = new double[p];
      double[][] hessian = new double[p][p];
      for (int r = 0; r < x.length; r++) {
        if (x[r].length != p - 1) {
          throw new IllegalArgumentException("row " + r + " has " + x[r].length + " predictors");
        }
        double mu = sigmoid(linear(beta, x[r]));
        double w = Math.max(mu * (1 - mu), 1e-12);
        double residual = y[r] - mu;
        for (int i = 0; i < p; i++) {
          double xi = i == 0 ? 1 : x[r][i - 1];
          gradient[i] += residual * xi;
          for (int j = 0; j <= i; j++) {
            double xj = j == 0 ? 1 : x[r][j - 1];
            hessian[i][j] += w * xi * xj;
          }
        }
      }
      for (int i = 1; i < p; i++) {
        gradient[i] -= lambda * beta[i];
        hessian[i][i] += lambda;
      }
      double[] step = solve(hessian, gradient);
      double largest = 0;
      for (int i = 0; i < p; i++) {
        beta[i] += step[i];
        largest = Math.max(largest, Math.abs(step[i]));
      }
      if (largest < TOLERANCE) {
        break;
      }
    }
    return beta;
  }

  /** β0 + Σ β_i x_i. */
  public static double linear(double[] beta, double[] x) {
    double eta = beta[0];
    for (int i = 0; i < x.length; i++) {
      eta += beta[i + 1] * x[i];
    }
    return eta;
  }

  public static double sigmoid(double eta) {
    return 1 / (1 + Math.exp(-eta));
  }

  /** Solves A s = b for a symmetric positive-definite A given by its lower triangle (Cholesky). */
  static double[] solve(double[][] lower, double[] b) {
    int n = b.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = lower[i][j];
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(sum > 1e-300)) {
            throw new IllegalStateException(
                "logistic regression: the predictors are collinear or constant (add an L2 penalty"
                    + " or drop a predictor)");
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = b[i];
      for (int k = 0; k < i; k++) {
        sum -= l[i][k] * z[k];
      }
      z[i] = sum / l[i][i];
    }
    double[] s = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double sum = z[i];
      for (int k = i + 1; k < n; k++) {
        sum -= l[k][i] * s[k];
      }
      s[i] = sum / l[i][i];
    }
    return s;
  }
}
