package org.cpecwatch.enrich.relevance;

/** The prefix ids {@link PrefixTrie} found at one text position; few, so sorted by insertion sort. */
final class MatchBuffer {

    private final int[] ids;
    private int size;

    /** Each prefix is reached at most once per walk, so the number of prefixes bounds the size. */
    MatchBuffer(int capacity) {
        ids = new int[capacity];
    }

    void clear() {
        size = 0;
    }

    void add(int id) {
        ids[size++] = id;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return ids[i];
    }

    void sort() {
        for (int i = 1; i < size; i++) {
            int id = ids[i];
            int j = i - 1;
            while (j >= 0 && ids[j] > id) {
                ids[j + 1] = ids[j];
                j--;
            }
            ids[j + 1] = id;
        }
    }
}
