package org.cpecwatch.enrich.stories;

import java.util.Arrays;

/** One minimum per hash function; the share of equal positions estimates the Jaccard similarity of two texts. */
record MinHashSignature(int[] values) {

    MinHashSignature {
        values = values.clone();
    }

    @Override
    public int[] values() {
        return values.clone();
    }

    int size() {
        return values.length;
    }

    int value(int position) {
        return values[position];
    }

    double estimateJaccard(MinHashSignature other) {
        if (other.values.length != values.length) {
            throw new IllegalArgumentException("signatures of " + values.length + " and " + other.values.length
                    + " hashes cannot be compared");
        }
        int equal = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == other.values[i]) {
                equal++;
            }
        }
        return (double) equal / values.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MinHashSignature that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "MinHashSignature" + Arrays.toString(values);
    }
}
