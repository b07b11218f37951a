package org.cpecwatch.enrich.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CandidateRankingTest {

    // Five articles seen: "w:rare" is in one of them, "w:common" in all five.
    private final FeatureWeights weights = new FeatureWeights(new DocumentFrequencies() {
        @Override
        public long articles() {
            return 5;
        }

        @Override
        public long articlesWith(String feature) {
            return Map.of("w:rare", 1L, "w:other", 1L, "w:common", 5L).getOrDefault(feature, 0L);
        }
    }, Set.of("w:rare", "w:other", "w:common"));

    @Test
    void shouldRankArticlesByTheWeightTheyShareAndDropThoseSharingOnlyWhatEveryoneHas() {
        List<String> ranked = CandidateRanking.top(Map.of(
                "w:rare", List.of("b"),
                "w:other", List.of("a", "b"),
                "w:common", List.of("a", "b", "c", "d", "e")), weights, 10);

        assertEquals(List.of("b", "a"), ranked);
    }

    @Test
    void shouldBreakTiesByIdAndKeepTheLimit() {
        List<String> ranked = CandidateRanking.top(Map.of("w:rare", List.of("z", "y", "x")), weights, 2);

        assertEquals(List.of("x", "y"), ranked);
    }
}
