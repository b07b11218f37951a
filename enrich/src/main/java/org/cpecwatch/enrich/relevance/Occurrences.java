package org.cpecwatch.enrich.relevance;

import java.util.Arrays;

/** Spans [start, end) of a text, added in start order, asked whether any lies wholly inside a given stretch. */
final class Occurrences {

    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int size;

    void add(int start, int end) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    /** How many spans, and each by its index: for comparing two ways of finding them. */
    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean anyWithin(int from, int to) {
        for (int i = firstFrom(from); i < size && starts[i] < to; i++) {
            if (ends[i] <= to) {
                return true;
            }
        }
        return false;
    }

    /** The first start at or after {@code from}, or -1. */
    int nextStart(int from) {
        int i = firstFrom(from);
        return i < size ? starts[i] : -1;
    }

    private int firstFrom(int from) {
        int i = Arrays.binarySearch(starts, 0, size, from);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && starts[i - 1] == from) {
            i--;
        }
        return i;
    }
}
