package org.cpecwatch.enrich.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MinHashTest {

    private final MinHash minHash = MinHash.standard();

    /** Two sets of 1000 shingles each whose true Jaccard similarity is {@code shared / (2000 - shared)}. */
    @ParameterizedTest
    @ValueSource(ints = {0, 200, 500, 800, 1000})
    void shouldEstimateJaccardCloseToTheTrueValue(int shared) {
        long[] a = LongStream.range(0, 1000).map(StableHash::mix).toArray();
        long[] b = LongStream.range(1000 - shared, 2000 - shared).map(StableHash::mix).toArray();
        double trueJaccard = shared / (2000.0 - shared);

        double estimate = minHash.signature(a).estimateJaccard(minHash.signature(b));

        // 128 hashes: standard error at most 0.045, so three of them.
        assertEquals(trueJaccard, estimate, 0.135);
    }

    @Test
    void shouldGiveTheSameSignatureInEveryInstance() {
        long[] shingles = Shingles.hashes(StoryProcessorHarness.seed(3).getCleanText());

        assertEquals(MinHash.standard().signature(shingles), new MinHash(MinHash.HASHES).signature(shingles));
        assertEquals(1.0, minHash.signature(shingles).estimateJaccard(minHash.signature(shingles)));
    }

    @Test
    void shouldRefuseATextWithoutWords() {
        assertThrows(IllegalArgumentException.class, () -> minHash.signature(new long[0]));
    }

    @Test
    void shouldRefuseToCompareSignaturesOfDifferentLengths() {
        long[] shingles = {1, 2, 3};
        MinHashSignature short64 = new MinHash(64).signature(shingles);

        assertThrows(IllegalArgumentException.class, () -> minHash.signature(shingles).estimateJaccard(short64));
    }
}
