package org.cpecwatch.enrich.stories;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.streams.state.KeyValueStore;
import org.cpecwatch.schemas.avro.StoryEntry;
import org.cpecwatch.schemas.avro.StoryPostings;

/**
 * The story stage's memory in three stores: each article's entry, the LSH buckets that find near-copies, and the
 * inverted index of features that finds rewrites and counts how rare each feature is.
 */
final class StoryIndex implements DocumentFrequencies {

    /** Per key: enough recent articles to find this week's rewrites, few enough that "pakistan" stays small. */
    static final int MAX_POSTINGS = 16;
    /** The article count lives beside the features; no feature has this key, each starts with a kind such as "w:". */
    static final String ALL_ARTICLES = "#articles";

    private final KeyValueStore<String, StoryEntry> articles;
    private final KeyValueStore<String, StoryPostings> buckets;
    private final KeyValueStore<String, StoryPostings> features;
    private final LshBands bands;

    StoryIndex(KeyValueStore<String, StoryEntry> articles, KeyValueStore<String, StoryPostings> buckets,
            KeyValueStore<String, StoryPostings> features, LshBands bands) {
        this.articles = articles;
        this.buckets = buckets;
        this.features = features;
        this.bands = bands;
    }

    Optional<StoryEntry> entry(String articleId) {
        return Optional.ofNullable(articles.get(articleId));
    }

    /** Every article sharing an LSH bucket, plus the best-ranked ones of the features' posting lists. */
    List<KnownArticle> candidates(StoryFingerprint article, FeatureWeights weights) {
        Set<String> ids = new TreeSet<>();
        article.signature().ifPresent(signature -> bands.buckets(signature)
                .forEach(bucket -> ids.addAll(postings(buckets, bucket).getArticleIds())));
        Map<String, List<String>> postingsByFeature = new LinkedHashMap<>();
        for (String feature : article.features()) {
            postingsByFeature.put(feature, postings(features, feature).getArticleIds());
        }
        ids.addAll(CandidateRanking.top(postingsByFeature, weights, CandidateRanking.MAX_CANDIDATES));
        ids.remove(article.articleId());
        return ids.stream().map(articles::get).filter(Objects::nonNull).map(StoryEntries::known).toList();
    }

    void add(StoryFingerprint article, StoryEntry entry) {
        String id = article.articleId();
        if (articles.get(id) != null) {
            return;
        }
        articles.put(id, entry);
        article.signature().ifPresent(signature -> bands.buckets(signature)
                .forEach(bucket -> append(buckets, bucket, id)));
        article.features().forEach(feature -> append(features, feature, id));
        StoryPostings all = postings(features, ALL_ARTICLES);
        features.put(ALL_ARTICLES, new StoryPostings(all.getCount() + 1, List.of()));
    }

    @Override
    public long articles() {
        return postings(features, ALL_ARTICLES).getCount();
    }

    @Override
    public long articlesWith(String feature) {
        return postings(features, feature).getCount();
    }

    private static void append(KeyValueStore<String, StoryPostings> store, String key, String articleId) {
        StoryPostings current = postings(store, key);
        if (current.getArticleIds().contains(articleId)) {
            return;
        }
        List<String> ids = new ArrayList<>(current.getArticleIds());
        ids.add(articleId);
        if (ids.size() > MAX_POSTINGS) {
            ids.subList(0, ids.size() - MAX_POSTINGS).clear();
        }
        store.put(key, new StoryPostings(current.getCount() + 1, ids));
    }

    private static StoryPostings postings(KeyValueStore<String, StoryPostings> store, String key) {
        StoryPostings found = store.get(key);
        return found != null ? found : new StoryPostings(0L, List.of());
    }
}
