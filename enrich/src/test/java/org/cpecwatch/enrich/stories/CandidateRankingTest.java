package org.cpecwatch.enrich.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CandidateRankingTest {

    @Test
    void shouldRankArticlesByTheWeightTheyShareAndDropThoseSharingOnlyWhatEveryoneHas() {
        List<Long> ranked = CandidateRanking.top(Map.of(1L, 0.5, 2L, 2.5, 3L, 0.0, 4L, 1.0), 10);

        assertEquals(List.of(2L, 4L, 1L), ranked);
    }

    @Test
    void shouldBreakTiesByArrivalAndKeepTheLimit() {
        List<Long> ranked = CandidateRanking.top(Map.of(9L, 1.0, 8L, 1.0, 7L, 1.0), 2);

        assertEquals(List.of(7L, 8L), ranked);
    }
}
