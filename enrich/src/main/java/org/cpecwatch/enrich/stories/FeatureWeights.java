package org.cpecwatch.enrich.stories;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Inverse document frequency, counted as if the article being matched were already indexed: a feature that every
 * article has weighs nothing, one that only two articles share weighs the most. Names, incidents and dates weigh
 * {@value #NAMED_FACTOR} times a word of the same rarity: they were recognised, not just spelled alike.
 *
 * <p>A feature only one article has weighs as much as one two articles share. Otherwise, while few articles have
 * been seen, each article's own words would outweigh everything it shares, and rewrites would score half of what
 * they score once the index is full.
 */
final class FeatureWeights {

    static final double NAMED_FACTOR = 2.0;

    private final DocumentFrequencies stored;
    private final Set<String> incoming;
    private final Map<String, Double> known = new HashMap<>();

    FeatureWeights(DocumentFrequencies stored, Set<String> incoming) {
        this.stored = stored;
        this.incoming = incoming;
    }

    double of(String feature) {
        return known.computeIfAbsent(feature, this::compute);
    }

    private double compute(String feature) {
        double articles = stored.articles() + 1;
        double with = Math.max(2, stored.articlesWith(feature) + (incoming.contains(feature) ? 1 : 0));
        double idf = Math.log((articles + 1) / (with + 1));
        return StoryFeatures.isNamed(feature) ? NAMED_FACTOR * idf : idf;
    }
}
