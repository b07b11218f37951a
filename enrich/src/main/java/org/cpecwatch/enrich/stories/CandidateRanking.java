package org.cpecwatch.enrich.stories;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Picks which earlier articles are worth a full comparison: those that share the most weight with the new article
 * across the posting lists of its rarest features. Reading every article ever seen would grow without bound; the
 * posting lists and this cap keep the work per article constant.
 */
final class CandidateRanking {

    static final int MAX_CANDIDATES = 20;

    private CandidateRanking() {
    }

    /**
     * @param sharedWeight per arrival number, the summed squared weight of the features it shares with the new article
     * @return the best {@code limit} arrival numbers; ties go to the earlier arrival, so a replay nominates the same
     */
    static List<Long> top(Map<Long, Double> sharedWeight, int limit) {
        return sharedWeight.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<Long, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}
