package org.cpecwatch.enrich.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ShinglesTest {

    @Test
    void shouldLowerCaseWordsAndSplitOnPunctuationAndHyphens() {
        assertEquals(List.of("the", "china", "pakistan", "economic", "corridor", "cpec", "is", "65"),
                Shingles.words("The China-Pakistan Economic Corridor (CPEC) is $65..."));
    }

    @Test
    void shouldLowerCaseTheDottedCapitalIWithoutTheTurkishRule() {
        assertEquals(List.of("islamabad"), Shingles.words("ISLAMABAD"));
    }

    @Test
    void shouldMakeOneShinglePerFiveWordWindowAndDropRepeats() {
        assertEquals(3, Shingles.hashes("one two three four five six seven").length);
        assertEquals(5, Shingles.hashes("a b c d e a b c d e").length, "six windows, the last repeats the first");
    }

    @Test
    void shouldTreatATextShorterThanAShingleAsOneShingle() {
        assertEquals(1, Shingles.hashes("Karachi blast").length);
        assertEquals(0, Shingles.hashes(" ... ").length);
    }

    @Test
    void shouldIgnoreCaseAndPunctuationWhenComparingShingles() {
        assertArrayEquals(Shingles.hashes("Chinese engineers were killed in Karachi."),
                Shingles.hashes("chinese engineers, were KILLED in karachi"));
        assertNotEquals(Shingles.hashes("killed in Karachi on Sunday night")[0],
                Shingles.hashes("killed in Gwadar on Sunday night")[0]);
    }

    @Test
    void shouldHashTheSameOnEveryRunAndEveryJvm() {
        // Pinned: stored signatures and LSH buckets are only comparable while this value never changes.
        assertEquals(0x722413f0be9c9ec6L, StableHash.of("chinese engineers were killed in"));
    }

    @Test
    void shouldHashAJoinedRunAsTheJoinedStringIsHashed() {
        List<String> words = List.of("two", "chinese", "engineers", "were", "killed", "near", "karachi");

        for (int from = 0; from < words.size(); from++) {
            for (int to = from + 1; to <= words.size(); to++) {
                assertEquals(StableHash.of(String.join(" ", words.subList(from, to))),
                        StableHash.ofJoined(words, from, to, ' '), from + ".." + to);
            }
        }
    }
}
