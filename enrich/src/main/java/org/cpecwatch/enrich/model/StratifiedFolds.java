package org.cpecwatch.enrich.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Splits examples into K folds with the same share of positives in each, shuffled by a fixed seed so that a split
 * (and everything fitted on it) is the same on every run and every machine: {@link Random}'s sequence is specified.
 */
public final class StratifiedFolds {

    private StratifiedFolds() {
    }

    /** The fold (0 … k−1) of each example. */
    public static int[] assign(boolean[] labels, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("need at least 2 folds, not " + k);
        }
        List<Integer> positives = new ArrayList<>();
        List<Integer> negatives = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            (labels[i] ? positives : negatives).add(i);
        }
        Random random = new Random(seed);
        Collections.shuffle(positives, random);
        Collections.shuffle(negatives, random);
        int[] fold = new int[labels.length];
        int next = 0;
        for (List<Integer> group : List.of(positives, negatives)) {
            for (int index : group) {
                fold[index] = next;
                next = (next + 1) % k;
            }
        }
        return fold;
    }
}
