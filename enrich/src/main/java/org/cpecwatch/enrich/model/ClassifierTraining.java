package org.cpecwatch.enrich.model;

import java.util.List;

/**
 * Fits a {@link BinaryClassifier} with nothing set by hand: the penalty is the one whose out-of-fold predictions have
 * the best log-likelihood on an inner stratified cross-validation, and the threshold the one that gives those
 * predictions the best F1. Both are chosen from fixed grids, so the result is reproducible.
 */
public final class ClassifierTraining {

    static final double[] PENALTIES = {0.03, 0.1, 0.3, 1, 3, 10, 30};
    private static final int INNER_FOLDS = 5;
    private static final double DEFAULT_PENALTY = 1;

    private ClassifierTraining() {
    }

    /** @param offset a fixed log-odds per row that is not fitted, or null for none */
    public static BinaryClassifier fit(List<String> names, double[][] x, boolean[] y, double[] offset, long seed) {
        int positives = 0;
        for (boolean label : y) {
            positives += label ? 1 : 0;
        }
        int folds = Math.min(INNER_FOLDS, Math.min(positives, y.length - positives));
        if (folds < 2) {
            // Too few of one class to validate anything: a moderate penalty and an even threshold.
            return new BinaryClassifier(LogisticRegression.fit(names, x, y, DEFAULT_PENALTY, offset), 0.5,
                    DEFAULT_PENALTY);
        }
        int[] fold = StratifiedFolds.assign(y, folds, seed);
        double bestPenalty = PENALTIES[0];
        double bestLikelihood = Double.NEGATIVE_INFINITY;
        double[] bestOutOfFold = null;
        for (double penalty : PENALTIES) {
            double[] outOfFold = outOfFold(names, x, y, offset, fold, folds, penalty);
            double likelihood = 0;
            for (int i = 0; i < y.length; i++) {
                double p = Math.min(Math.max(outOfFold[i], 1e-9), 1 - 1e-9);
                likelihood += StrictMath.log(y[i] ? p : 1 - p);
            }
            // ">=": on a tie the larger penalty, the simpler model, wins.
            if (likelihood >= bestLikelihood) {
                bestLikelihood = likelihood;
                bestPenalty = penalty;
                bestOutOfFold = outOfFold;
            }
        }
        double threshold = Thresholds.bestF1(bestOutOfFold, y);
        return new BinaryClassifier(LogisticRegression.fit(names, x, y, bestPenalty, offset), threshold, bestPenalty);
    }

    private static double[] outOfFold(List<String> names, double[][] x, boolean[] y, double[] offset, int[] fold,
                                      int folds, double penalty) {
        double[] predicted = new double[y.length];
        for (int k = 0; k < folds; k++) {
            int size = 0;
            for (int f : fold) {
                size += f == k ? 0 : 1;
            }
            double[][] trainX = new double[size][];
            boolean[] trainY = new boolean[size];
            double[] trainOffset = new double[size];
            int t = 0;
            for (int i = 0; i < y.length; i++) {
                if (fold[i] != k) {
                    trainX[t] = x[i];
                    trainOffset[t] = offset == null ? 0 : offset[i];
                    trainY[t++] = y[i];
                }
            }
            LogisticModel model = LogisticRegression.fit(names, trainX, trainY, penalty, trainOffset);
            for (int i = 0; i < y.length; i++) {
                if (fold[i] == k) {
                    predicted[i] = LogisticModel.probability(model.logOdds(names, x[i])
                            + (offset == null ? 0 : offset[i]));
                }
            }
        }
        return predicted;
    }
}
