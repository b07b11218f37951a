package org.cpecwatch.enrich.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class LshBandsTest {

    private final MinHash minHash = MinHash.standard();
    private final LshBands bands = LshBands.standard();

    private List<Long> buckets(String text) {
        return LongStream.of(bands.buckets(minHash.signature(Shingles.hashes(text)))).boxed().toList();
    }

    private static boolean shareABucket(List<Long> a, List<Long> b) {
        Set<Long> common = new HashSet<>(a);
        common.retainAll(b);
        return !common.isEmpty();
    }

    @Test
    void shouldPutASyndicatedCopyWithOtherPageNoiseInABucketOfTheOriginal() {
        String original = StoryProcessorHarness.seed(3).getCleanText();
        String copy = "Reprinted from IANS. Subscribe to our newsletter for the latest news.\n\n"
                + original.replace("Angry China", "China").replace("a source mentioned", "a source said");

        assertTrue(shareABucket(buckets(original), buckets(copy)));
    }

    @Test
    void shouldKeepDifferentStoriesOutOfEachOthersBuckets() {
        for (int i = 0; i < 5; i++) {
            for (int j = i + 1; j < 5; j++) {
                assertTrue(!shareABucket(buckets(StoryProcessorHarness.seed(i).getCleanText()),
                        buckets(StoryProcessorHarness.seed(j).getCleanText())), "seeds " + i + " and " + j);
            }
        }
    }

    @Test
    void shouldGiveEachBandItsOwnBucketsEvenForEqualRows() {
        // A signature whose bands all hold the same four values: only the band number tells the buckets apart.
        int[] same = new int[LshBands.BANDS * LshBands.ROWS];
        java.util.Arrays.fill(same, 42);

        List<Long> buckets = LongStream.of(bands.buckets(new MinHashSignature(same))).boxed().toList();

        assertEquals(LshBands.BANDS, buckets.size());
        assertEquals(LshBands.BANDS, new HashSet<>(buckets).size());
    }

    @Test
    void shouldFindPairsAboveTheNearCopyThresholdAlmostAlways() {
        assertTrue(bands.candidateChance(StoryMatcher.NEAR_COPY_JACCARD) > 0.97);
        assertTrue(bands.candidateChance(0.2) < 0.05, "unrelated articles rarely cost a comparison");
    }

    @Test
    void shouldRefuseASignatureThatDoesNotFillTheBands() {
        MinHashSignature signature = new MinHash(100).signature(new long[] {1, 2, 3});

        assertThrows(IllegalArgumentException.class, () -> bands.buckets(signature));
    }
}
