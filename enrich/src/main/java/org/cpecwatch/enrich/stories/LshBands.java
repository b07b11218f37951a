package org.cpecwatch.enrich.stories;

/**
 * Locality-sensitive hashing by banding: a signature is cut into bands of {@code rows} values, and two articles are
 * candidates when any band is equal. With b bands of r rows the chance of becoming candidates at Jaccard s is
 * 1 - (1 - s^r)^b.
 */
final class LshBands {

    /**
     * 32 x 4: candidate chance 0.05 at s = 0.2, 0.23 at 0.3, 0.87 at 0.5, 0.98 at 0.6 (the near-copy threshold),
     * above 0.999 from 0.75. Fewer rows would make most same-topic pairs candidates; more would miss copies at 0.6.
     */
    static final int BANDS = 32;
    static final int ROWS = 4;

    private final int bands;
    private final int rows;

    LshBands(int bands, int rows) {
        this.bands = bands;
        this.rows = rows;
    }

    static LshBands standard() {
        return new LshBands(BANDS, ROWS);
    }

    /**
     * One bucket key per band: a hash of the band number and its rows, so equal rows in different bands never meet
     * (short of a 64-bit collision).
     */
    long[] buckets(MinHashSignature signature) {
        if (signature.size() != bands * rows) {
            throw new IllegalArgumentException("a signature of " + signature.size() + " hashes does not fill "
                    + bands + " bands of " + rows + " rows");
        }
        long[] buckets = new long[bands];
        for (int band = 0; band < bands; band++) {
            long hash = band;
            for (int row = 0; row < rows; row++) {
                hash = StableHash.mix(hash * 31 + signature.value(band * rows + row));
            }
            buckets[band] = hash;
        }
        return buckets;
    }

    /** The chance that two texts of Jaccard similarity {@code s} share at least one bucket. */
    double candidateChance(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }
}
