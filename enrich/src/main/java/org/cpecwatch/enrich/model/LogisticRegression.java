package org.cpecwatch.enrich.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares).
 *
 * <p>Written here rather than taken from a library: the Java libraries that offer it are either GPL (Smile) or large
 * frameworks (Tribuo), the problem is tiny (a few dozen features, a few hundred articles, so an exact Newton step
 * costs microseconds), and a fixed order of arithmetic makes the fitted model reproducible bit for bit, which a
 * shipped, versioned model file needs. Features are standardised before fitting, so one penalty treats shares and
 * counts alike; the weights are turned back into the features' own units for scoring and explanation. The bias is
 * not penalised.
 */
public final class LogisticRegression {

    private static final int MAX_ITERATIONS = 50;
    private static final double CONVERGED = 1e-10;

    private LogisticRegression() {
    }

    /**
     * @param names  the feature names, one per column of {@code x}
     * @param x      one row of feature values per example
     * @param y      the label of each row
     * @param lambda the L2 penalty on the standardised weights
     * @param offset a fixed log-odds per row that is not fitted (the share of hand-set weights), or null for none
     */
    public static LogisticModel fit(List<String> names, double[][] x, boolean[] y, double lambda, double[] offset) {
        int n = x.length;
        int d = names.size();
        double[] mean = new double[d];
        double[] scale = new double[d];
        standardisation(x, mean, scale);
        double[][] z = new double[n][d + 1];
        for (int i = 0; i < n; i++) {
            z[i][d] = 1;
            for (int j = 0; j < d; j++) {
                z[i][j] = scale[j] == 0 ? 0 : (x[i][j] - mean[j]) / scale[j];
            }
        }
        double[] w = new double[d + 1];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[d + 1];
            double[][] hessian = new double[d + 1][d + 1];
            for (int i = 0; i < n; i++) {
                double p = LogisticModel.probability(dot(w, z[i]) + (offset == null ? 0 : offset[i]));
                double r = p - (y[i] ? 1 : 0);
                double v = Math.max(p * (1 - p), 1e-12);
                for (int a = 0; a <= d; a++) {
                    gradient[a] += r * z[i][a];
                    for (int b = 0; b <= a; b++) {
                        hessian[a][b] += v * z[i][a] * z[i][b];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                gradient[a] += lambda * w[a];
                hessian[a][a] += lambda;
            }
            hessian[d][d] += 1e-9;
            double[] step = LinearSystem.solveSymmetric(hessian, gradient);
            double change = 0;
            for (int a = 0; a <= d; a++) {
                w[a] -= step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (!Double.isFinite(change)) {
                throw new ArithmeticException("logistic regression diverged (penalty " + lambda + ")");
            }
            if (change < CONVERGED) {
                break;
            }
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        double bias = w[d];
        for (int j = 0; j < d; j++) {
            double weight = scale[j] == 0 ? 0 : w[j] / scale[j];
            weights.put(names.get(j), weight);
            bias -= weight * mean[j];
        }
        return new LogisticModel(bias, weights);
    }

    private static void standardisation(double[][] x, double[] mean, double[] scale) {
        int n = x.length;
        for (double[] row : x) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < mean.length; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < scale.length; j++) {
            scale[j] = scale[j] < 1e-12 ? 0 : Math.sqrt(scale[j]);
        }
    }

    private static double dot(double[] w, double[] z) {
        double sum = 0;
        for (int a = 0; a < w.length; a++) {
            sum += w[a] * z[a];
        }
        return sum;
    }
}
