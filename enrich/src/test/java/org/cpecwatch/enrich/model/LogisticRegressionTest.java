package org.cpecwatch.enrich.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    private static final List<String> NAMES = List.of("signal", "noise");

    /** y depends on the first column only, through a known logistic curve: log-odds = 2 × signal − 1. */
    private static double[][] rows(Random random, boolean[] y) {
        double[][] x = new double[y.length][];
        for (int i = 0; i < y.length; i++) {
            double signal = random.nextGaussian();
            x[i] = new double[] {signal, random.nextGaussian() * 3};
            y[i] = random.nextDouble() < LogisticModel.probability(2 * signal - 1);
        }
        return x;
    }

    @Test
    void shouldRecoverTheWeightsOfTheCurveThatMadeTheLabels() {
        boolean[] y = new boolean[20_000];
        double[][] x = rows(new Random(3), y);

        LogisticModel model = LogisticRegression.fit(NAMES, x, y, 0.01, null);

        assertEquals(2.0, model.weight("signal"), 0.1);
        assertEquals(-1.0, model.bias(), 0.1);
        assertEquals(0.0, model.weight("noise"), 0.05);
    }

    @Test
    void shouldShrinkWeightsAsThePenaltyGrows() {
        boolean[] y = new boolean[2_000];
        double[][] x = rows(new Random(5), y);

        double loose = LogisticRegression.fit(NAMES, x, y, 0.1, null).weight("signal");
        double tight = LogisticRegression.fit(NAMES, x, y, 1_000, null).weight("signal");

        assertTrue(tight > 0 && tight < loose / 2, loose + " vs " + tight);
    }

    @Test
    void shouldLearnAroundAFixedOffsetInsteadOfRefittingIt() {
        boolean[] y = new boolean[20_000];
        double[][] x = rows(new Random(7), y);
        double[][] noiseOnly = new double[x.length][];
        double[] offset = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            noiseOnly[i] = new double[] {x[i][1]};
            offset[i] = 2 * x[i][0];
        }

        LogisticModel model = LogisticRegression.fit(List.of("noise"), noiseOnly, y, 0.01, offset);

        assertEquals(-1.0, model.bias(), 0.1);
    }

    @Test
    void shouldGiveTheSameWeightsBitForBitOnTheSameData() {
        boolean[] y = new boolean[500];
        double[][] x = rows(new Random(11), y);

        LogisticModel first = LogisticRegression.fit(NAMES, x, y, 1, null);
        LogisticModel second = LogisticRegression.fit(NAMES, x, y, 1, null);

        assertEquals(first, second);
    }

    @Test
    void shouldPutTheSameShareOfPositivesInEveryFold() {
        boolean[] labels = new boolean[100];
        for (int i = 0; i < 20; i++) {
            labels[i * 5] = true;
        }

        int[] fold = StratifiedFolds.assign(labels, 5, 1);

        int[] positives = new int[5];
        int[] sizes = new int[5];
        for (int i = 0; i < labels.length; i++) {
            sizes[fold[i]]++;
            positives[fold[i]] += labels[i] ? 1 : 0;
        }
        assertArrayEquals(new int[] {4, 4, 4, 4, 4}, positives);
        assertArrayEquals(new int[] {20, 20, 20, 20, 20}, sizes);
    }
}
