package org.cpecwatch.enrich.stories;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Document frequencies counted over a fixed set of feature sets, as the index would hold them. */
final class CountedFrequencies implements DocumentFrequencies {

    private final Map<Long, Long> counts = new HashMap<>();
    private final long articles;

    CountedFrequencies(Collection<Set<String>> featureSets) {
        featureSets.forEach(set -> set.forEach(feature -> counts.merge(StableHash.of(feature), 1L, Long::sum)));
        this.articles = featureSets.size();
    }

    @Override
    public long articles() {
        return articles;
    }

    @Override
    public long articlesWith(long featureHash) {
        return counts.getOrDefault(featureHash, 0L);
    }
}
