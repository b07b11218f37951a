package org.cpecwatch.enrich.stories;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks which earlier articles are worth a full comparison: those that share the most weight with the new article
 * across the posting lists of its features. Reading every article ever seen would grow without bound; the posting
 * lists and this cap keep the work per article constant.
 */
final class CandidateRanking {

    static final int MAX_CANDIDATES = 20;

    private CandidateRanking() {
    }

    /** Ties go to the smaller id, so a replay nominates the same candidates. */
    static List<String> top(Map<String, ? extends Collection<String>> postingsByFeature, FeatureWeights weights,
            int limit) {
        Map<String, Double> scores = new HashMap<>();
        postingsByFeature.forEach((feature, articleIds) -> {
            double w = weights.of(feature);
            for (String articleId : articleIds) {
                scores.merge(articleId, w * w, Double::sum);
            }
        });
        return scores.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}
