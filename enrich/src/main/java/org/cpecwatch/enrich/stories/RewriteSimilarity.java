package org.cpecwatch.enrich.stories;

import java.util.Set;

/**
 * Cosine of two feature sets weighed by rarity. Rewrites change the sentences but keep the rarer words and the
 * names; stock phrases that many articles share ("prayed for the swift recovery") weigh little once seen often.
 */
final class RewriteSimilarity {

    private RewriteSimilarity() {
    }

    static double cosine(Set<String> a, Set<String> b, FeatureWeights weights) {
        double shared = 0;
        double normA = 0;
        for (String feature : a) {
            double w = weights.of(feature);
            normA += w * w;
            if (b.contains(feature)) {
                shared += w * w;
            }
        }
        double normB = 0;
        for (String feature : b) {
            double w = weights.of(feature);
            normB += w * w;
        }
        return normA == 0 || normB == 0 ? 0 : Math.min(1, shared / Math.sqrt(normA * normB));
    }
}
