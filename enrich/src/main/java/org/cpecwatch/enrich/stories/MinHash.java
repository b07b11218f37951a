package org.cpecwatch.enrich.stories;

import java.util.Arrays;

/**
 * A family of {@code count} hash functions, each the stable mixer applied to the shingle hash xor a per-function seed.
 * The seeds come from a fixed master seed, so signatures stored last year still compare with today's.
 */
final class MinHash {

    /** 128: the Jaccard estimate's standard error is at most 0.045, and the signature fills 32 LSH bands of 4. */
    static final int HASHES = 128;
    private static final long MASTER_SEED = 0x5eed_c9ec_0000_0001L;

    private final long[] seeds;

    MinHash(int count) {
        this.seeds = new long[count];
        long state = MASTER_SEED;
        for (int i = 0; i < count; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = StableHash.mix(state);
        }
    }

    static MinHash standard() {
        return new MinHash(HASHES);
    }

    int count() {
        return seeds.length;
    }

    /** Callers skip texts without shingles: two empty signatures would look identical. */
    MinHashSignature signature(long[] shingleHashes) {
        if (shingleHashes.length == 0) {
            throw new IllegalArgumentException("a text without words has no signature");
        }
        int[] minimums = new int[seeds.length];
        Arrays.fill(minimums, Integer.MAX_VALUE);
        for (long shingle : shingleHashes) {
            for (int i = 0; i < seeds.length; i++) {
                int hash = (int) (StableHash.mix(shingle ^ seeds[i]) >>> 32);
                if (hash < minimums[i]) {
                    minimums[i] = hash;
                }
            }
        }
        return new MinHashSignature(minimums);
    }
}
