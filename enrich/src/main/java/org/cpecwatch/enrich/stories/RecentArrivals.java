package org.cpecwatch.enrich.stories;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * The arrival numbers of the most recent articles under one key of the story window (a feature or an LSH bucket),
 * oldest first, at most {@code capacity}: a common key stays small, and a rewrite is found among this week's
 * articles, not last year's.
 */
final class RecentArrivals {

    private final int capacity;
    private long[] sequences = new long[2];
    private int size;

    RecentArrivals(int capacity) {
        this.capacity = capacity;
    }

    void add(long sequence) {
        if (size == capacity) {
            System.arraycopy(sequences, 1, sequences, 0, size - 1);
            size--;
        } else if (size == sequences.length) {
            sequences = Arrays.copyOf(sequences, Math.min(capacity, size * 2));
        }
        sequences[size++] = sequence;
    }

    void remove(long sequence) {
        for (int i = 0; i < size; i++) {
            if (sequences[i] == sequence) {
                System.arraycopy(sequences, i + 1, sequences, i, size - i - 1);
                size--;
                return;
            }
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    void forEach(LongConsumer action) {
        for (int i = 0; i < size; i++) {
            action.accept(sequences[i]);
        }
    }
}
