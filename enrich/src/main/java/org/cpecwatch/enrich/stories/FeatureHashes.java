package org.cpecwatch.enrich.stories;

import java.util.Arrays;
import java.util.Collection;

/**
 * Story features as stable 64-bit hashes in ascending order: eight bytes a feature to store and a merge of two sorted
 * arrays to compare, whatever the words. The lowest bit says whether the feature is named (an entity, incident or
 * date, weighed more than a word), so a stored article can be weighed again without its strings.
 */
record FeatureHashes(long[] values) {

    static final FeatureHashes NONE = new FeatureHashes(new long[0]);

    static FeatureHashes of(Collection<String> features) {
        return new FeatureHashes(features.stream().mapToLong(FeatureHashes::hash).sorted().distinct().toArray());
    }

    static long hash(String feature) {
        long hash = StableHash.of(feature) & ~1L;
        return StoryFeatures.isNamed(feature) ? hash | 1L : hash;
    }

    static boolean named(long hash) {
        return (hash & 1L) != 0;
    }

    int size() {
        return values.length;
    }

    long get(int position) {
        return values[position];
    }

    boolean contains(long hash) {
        return Arrays.binarySearch(values, hash) >= 0;
    }

    boolean sharesAnyWith(FeatureHashes other) {
        for (long value : values) {
            if (other.contains(value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeatureHashes that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "FeatureHashes[" + values.length + "]";
    }
}
