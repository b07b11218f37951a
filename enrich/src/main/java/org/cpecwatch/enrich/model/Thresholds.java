package org.cpecwatch.enrich.model;

/** Chooses a decision threshold from predicted probabilities and true labels. */
final class Thresholds {

    private static final int STEPS = 19;

    private Thresholds() {
    }

    /**
     * The threshold among 0.05, 0.10, … 0.95 whose decisions have the best F1; on a tie the one nearest 0.5, where a
     * calibrated model's decisions are least surprising.
     */
    static double bestF1(double[] probabilities, boolean[] labels) {
        double best = 0.5;
        double bestF1 = -1;
        for (int s = 1; s <= STEPS; s++) {
            double threshold = s / 20.0;
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < labels.length; i++) {
                boolean predicted = probabilities[i] >= threshold;
                tp += predicted && labels[i] ? 1 : 0;
                fp += predicted && !labels[i] ? 1 : 0;
                fn += !predicted && labels[i] ? 1 : 0;
            }
            double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            if (f1 > bestF1 + 1e-12 || (Math.abs(f1 - bestF1) <= 1e-12 && Math.abs(threshold - 0.5) < Math.abs(best - 0.5))) {
                bestF1 = f1;
                best = threshold;
            }
        }
        return best;
    }
}
