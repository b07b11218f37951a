package org.cpecwatch.enrich.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.LongObjectHashMap;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.cpecwatch.schemas.avro.StoryEntry;

/**
 * The story stage's memory: the newest {@code capacity} articles, each stored once (changelogged) in compact form, and
 * an index in memory that is rebuilt from them when the task starts: document frequencies, the posting lists of each
 * article's {@value #INDEXED_FEATURES} rarest features, and the LSH buckets that find near-copies. Adding an article
 * writes one record, whatever the history; when the window is full the oldest article leaves with everything it
 * added, so memory, disk and restore time are bounded by the window, not by the history.
 */
final class StoryWindow implements DocumentFrequencies {

    /**
     * 20,000 articles: weeks of a busy national feed (APP and Dawn together publish a few hundred a day), far more than
     * the {@value StoryMatcher#MAX_DAYS_APART} days a rewrite is matched within. What it can miss: a near-copy of an
     * article that left the window starts a story of its own.
     */
    static final int CAPACITY = 20_000;
    /** Per key: enough recent articles to find this week's rewrites, few enough that "pakistan" stays small. */
    static final int MAX_POSTINGS = 16;
    /**
     * 48: rewrites share rare words, names, incidents and dates, the rarest features; indexing only those keeps an
     * article's index work constant (an article has 300–800 features). The full sets are still compared.
     */
    static final int INDEXED_FEATURES = 48;

    private final KeyValueStore<String, StoryEntry> entries;
    private final LshBands bands;
    private final int capacity;
    private final LongIntHashMap frequencies = new LongIntHashMap();
    private final LongObjectHashMap<RecentArrivals> postings = new LongObjectHashMap<>();
    private final LongObjectHashMap<RecentArrivals> buckets = new LongObjectHashMap<>();
    private final TreeMap<Long, String> bySequence = new TreeMap<>();
    private long nextSequence;

    StoryWindow(KeyValueStore<String, StoryEntry> entries, LshBands bands, int capacity) {
        this.entries = entries;
        this.bands = bands;
        this.capacity = capacity;
        rebuild();
    }

    Optional<StoryEntry> entry(String articleId) {
        return Optional.ofNullable(entries.get(articleId));
    }

    /** Every article sharing an LSH bucket, plus the best-ranked ones of the rarest features' posting lists. */
    List<KnownArticle> candidates(StoryFacts article, FeatureWeights weights) {
        TreeSet<Long> sequences = new TreeSet<>();
        article.signature().ifPresent(signature -> {
            for (long bucket : bands.buckets(signature)) {
                RecentArrivals members = buckets.get(bucket);
                if (members != null) {
                    members.forEach(sequences::add);
                }
            }
        });
        Map<Long, Double> sharedWeight = new HashMap<>();
        for (int position : weights.rarest(INDEXED_FEATURES)) {
            RecentArrivals members = postings.get(weights.incoming().get(position));
            if (members != null) {
                double w = weights.incoming(position);
                members.forEach(sequence -> sharedWeight.merge(sequence, w * w, Double::sum));
            }
        }
        sequences.addAll(CandidateRanking.top(sharedWeight, CandidateRanking.MAX_CANDIDATES));
        List<KnownArticle> known = new ArrayList<>(sequences.size());
        for (long sequence : sequences) {
            String id = bySequence.get(sequence);
            StoryEntry entry = id == null || id.equals(article.articleId()) ? null : entries.get(id);
            if (entry != null) {
                known.add(StoryEntries.known(entry));
            }
        }
        return known;
    }

    /** Stores the article's entry, indexes it, and lets the oldest articles go when the window is full. */
    StoryEntry add(StoryFacts facts, FeatureWeights weights, String storyId, Double similarity) {
        int[] rarest = weights.rarest(INDEXED_FEATURES);
        long[] indexed = new long[rarest.length];
        for (int i = 0; i < rarest.length; i++) {
            indexed[i] = weights.incoming().get(rarest[i]);
        }
        long sequence = nextSequence;
        StoryEntry entry = StoryEntries.of(facts, indexed, storyId, similarity, sequence);
        entries.put(facts.articleId(), entry);
        index(sequence, facts, indexed);
        while (bySequence.size() > capacity) {
            evictOldest();
        }
        return entry;
    }

    @Override
    public long articles() {
        return bySequence.size();
    }

    @Override
    public long articlesWith(long featureHash) {
        return frequencies.getOrDefault(featureHash, 0);
    }

    /** After a restart or a move the store comes back from its changelog; the index is replayed in arrival order. */
    private void rebuild() {
        List<StoryEntry> stored = new ArrayList<>();
        try (KeyValueIterator<String, StoryEntry> all = entries.all()) {
            all.forEachRemaining(kv -> stored.add(kv.value));
        }
        stored.sort(Comparator.comparingLong(StoryEntry::getSequence));
        stored.forEach(entry -> index(entry.getSequence(), StoryEntries.known(entry).facts(), StoryEntries.indexed(entry)));
    }

    /** Adds an article to the index, from the facts in hand when it arrives or from its entry when replayed. */
    private void index(long sequence, StoryFacts facts, long[] indexed) {
        bySequence.put(sequence, facts.articleId());
        nextSequence = Math.max(nextSequence, sequence + 1);
        for (long hash : facts.features().values()) {
            frequencies.addTo(hash, 1);
        }
        for (long hash : indexed) {
            remember(postings, hash, sequence);
        }
        facts.signature().ifPresent(signature -> {
            for (long bucket : bands.buckets(signature)) {
                remember(buckets, bucket, sequence);
            }
        });
    }

    private void evictOldest() {
        Map.Entry<Long, String> oldest = bySequence.pollFirstEntry();
        StoryEntry entry = entries.get(oldest.getValue());
        if (entry == null || entry.getSequence() != oldest.getKey()) {
            return;
        }
        entries.delete(oldest.getValue());
        long sequence = oldest.getKey();
        KnownArticle article = StoryEntries.known(entry);
        for (long hash : article.facts().features().values()) {
            if (frequencies.addTo(hash, -1) <= 0) {
                frequencies.remove(hash);
            }
        }
        for (long hash : StoryEntries.indexed(entry)) {
            forget(postings, hash, sequence);
        }
        article.facts().signature().ifPresent(signature -> {
            for (long bucket : bands.buckets(signature)) {
                forget(buckets, bucket, sequence);
            }
        });
    }

    private static void remember(LongObjectHashMap<RecentArrivals> lists, long key, long sequence) {
        RecentArrivals members = lists.get(key);
        if (members == null) {
            members = new RecentArrivals(MAX_POSTINGS);
            lists.put(key, members);
        }
        members.add(sequence);
    }

    private static void forget(LongObjectHashMap<RecentArrivals> lists, long key, long sequence) {
        RecentArrivals members = lists.get(key);
        if (members != null) {
            members.remove(sequence);
            if (members.isEmpty()) {
                lists.remove(key);
            }
        }
    }
}
