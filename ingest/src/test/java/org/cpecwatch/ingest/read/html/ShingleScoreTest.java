package org.cpecwatch.ingest.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ShingleScoreTest {

    private static final double EPS = 1e-9;

    @Test
    void shouldKeepCaseButIgnorePunctuationAndSpacing() {
        ShingleScore score = ShingleScore.of("one two three four five", "One two three four five");

        // Case matters: "one" and "One" differ, so the first shingle misses, the second matches.
        assertEquals(1.0 / 3, score.tp(), EPS);
        assertEquals(1.0 / 3, score.fp(), EPS);
        assertEquals(1.0 / 3, score.fn(), EPS);
        assertEquals(1.0, ShingleScore.of("a b c d e", "a, b; c\nd  e!").f1(), EPS);
    }

    @Test
    void shouldCountExtraAndMissingShinglesAndNormalisePerPage() {
        // expected a b c d e f -> abcd, bcde, cdef; extracted b c d e f g -> bcde, cdef, defg.
        ShingleScore score = ShingleScore.of("a b c d e f", "b c d e f g");

        // tp 2, fp 1, fn 1, scaled by 4.
        assertEquals(0.5, score.tp(), EPS);
        assertEquals(0.25, score.fp(), EPS);
        assertEquals(0.25, score.fn(), EPS);
        assertEquals(2.0 / 3, score.precision(), EPS);
        assertEquals(2.0 / 3, score.recall(), EPS);
    }

    @Test
    void shouldCountRepeatedShinglesByMultiplicity() {
        // expected: "x y z w" once; extracted: "x y z w x y z w" -> xyzw twice, yzwx, zwxy, wxyz.
        ShingleScore score = ShingleScore.of("x y z w", "x y z w x y z w");

        // tp 1, fp 4 (one extra xyzw and three new ones), fn 0.
        assertEquals(0.2, score.tp(), EPS);
        assertEquals(0.8, score.fp(), EPS);
        assertEquals(0.0, score.fn(), EPS);
    }

    @Test
    void shouldTreatShortTextsAsOneShingleAndEmptyAsNone() {
        assertEquals(Map.of(List.of("hi", "there"), 1), ShingleScore.shingles("hi there"));
        assertEquals(Map.of(), ShingleScore.shingles(" ... "));
        assertEquals(List.of("Gwadar", "ćevapi", "中国", "x_1"), ShingleScore.tokens("Gwadar, ćevapi; 中国 x_1!"));

        ShingleScore nothingAtAll = ShingleScore.of("", "");
        assertEquals(1.0, nothingAtAll.precision(), EPS);
        assertEquals(1.0, nothingAtAll.recall(), EPS);
        ShingleScore nothingExtracted = ShingleScore.of("a b c d", "");
        assertEquals(0.0, nothingExtracted.recall(), EPS);
    }

    @Test
    void shouldAverageOverPagesAndPoolThem() {
        ShingleScore perfect = ShingleScore.of("a b c d", "a b c d");                 // tp 1
        ShingleScore half = ShingleScore.of("a b c d e f", "b c d e f g");            // .5 .25 .25
        ShingleScore empty = ShingleScore.of("a b c d", "");                          // fn 1

        ShingleScore.Summary summary = ShingleScore.Summary.of(List.of(perfect, half, empty));

        // The empty extraction has no precision to count: (1 + 2/3) / 2; recall (1 + 2/3 + 0) / 3.
        assertEquals(5.0 / 6, summary.meanPrecision(), EPS);
        assertEquals(5.0 / 9, summary.meanRecall(), EPS);
        assertEquals(2 * (5.0 / 6) * (5.0 / 9) / (5.0 / 6 + 5.0 / 9), summary.meanF1(), EPS);
        // Pooled: tp 1.5, fp .25, fn 1.25.
        assertEquals(1.5 / 1.75, summary.pooledPrecision(), EPS);
        assertEquals(1.5 / 2.75, summary.pooledRecall(), EPS);
    }
}
