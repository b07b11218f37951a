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

    boolean isEmpty() {
        return size == 0;
    }

    boolean anyWithin(int from, int to) {
        int i = Arrays.binarySearch(starts, 0, size, from);
        if (i < 0) {
            i = -i - 1;
        } else {
            while (i > 0 && starts[i - 1] == from) {
                i--;
            }
        }
        for (; i < size && starts[i] < to; i++) {
            if (ends[i] <= to) {
                return true;
            }
        }
        return false;
    }
}
