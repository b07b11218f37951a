package org.cpecwatch.enrich.evaluation;

/** A confusion count and the precision, recall and F1 it gives (0 where a ratio has no denominator). */
public record Counts(int tp, int fp, int fn, int tn) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public Counts add(boolean predicted, boolean actual) {
        if (predicted && actual) {
            return new Counts(tp + 1, fp, fn, tn);
        }
        if (predicted) {
            return new Counts(tp, fp + 1, fn, tn);
        }
        return actual ? new Counts(tp, fp, fn + 1, tn) : new Counts(tp, fp, fn, tn + 1);
    }

    public Counts plus(Counts other) {
        return new Counts(tp + other.tp, fp + other.fp, fn + other.fn, tn + other.tn);
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
