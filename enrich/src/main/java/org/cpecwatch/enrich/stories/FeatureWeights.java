package org.cpecwatch.enrich.stories;

import java.util.Arrays;

/**
 * Inverse document frequency as the window holds it now, counted as if the incoming article were already indexed: a
 * feature that every article has weighs nothing, one that only two articles share weighs the most. Names, incidents
 * and dates weigh {@value #NAMED_FACTOR} times a word of the same rarity: they were recognised, not just spelled
 * alike. Both sides of a comparison are weighed with today's counts, so an article stored when the window was nearly
 * empty compares like one stored yesterday.
 *
 * <p>A feature only one article has weighs as much as one two articles share. Otherwise, while few articles have
 * been seen, each article's own words would outweigh everything it shares, and rewrites would score half of what
 * they score once the index is full.
 */
final class FeatureWeights {

    static final double NAMED_FACTOR = 2.0;
    /**
     * Which features are rarest is ranked as if the window held at least this many articles: while it holds few,
     * every idf is near zero or below it and names would rank under common words.
     */
    static final int RANKING_ARTICLES = 1_000;

    private final DocumentFrequencies stored;
    private final FeatureHashes incoming;
    private final double[] incomingWeights;
    private final double[] incomingRanks;
    private final double incomingNorm;
    private final double logArticles;
    private int[] rarestFirst;

    FeatureWeights(DocumentFrequencies stored, FeatureHashes incoming) {
        this.stored = stored;
        this.incoming = incoming;
        this.logArticles = Math.log(stored.articles() + 2);
        this.incomingWeights = new double[incoming.size()];
        this.incomingRanks = new double[incoming.size()];
        double logRanking = Math.log(Math.max(stored.articles(), RANKING_ARTICLES) + 2);
        double norm = 0;
        for (int i = 0; i < incomingWeights.length; i++) {
            long hash = incoming.get(i);
            double logWith = Math.log(Math.max(2, stored.articlesWith(hash) + 1) + 1);
            double factor = FeatureHashes.named(hash) ? NAMED_FACTOR : 1;
            incomingWeights[i] = factor * (logArticles - logWith);
            incomingRanks[i] = factor * (logRanking - logWith);
            norm += incomingWeights[i] * incomingWeights[i];
        }
        this.incomingNorm = Math.sqrt(norm);
    }

    FeatureHashes incoming() {
        return incoming;
    }

    /** The weight of the incoming article's feature at {@code position}. */
    double incoming(int position) {
        return incomingWeights[position];
    }

    /** Rarity-weighed cosine of the incoming article and an earlier one: rewrites keep the rarer words and names. */
    double cosine(FeatureHashes earlier) {
        double shared = 0;
        double norm = 0;
        int i = 0;
        long[] mine = incoming.values();
        long[] theirs = earlier.values();
        for (long hash : theirs) {
            while (i < mine.length && mine[i] < hash) {
                i++;
            }
            if (i < mine.length && mine[i] == hash) {
                double w = incomingWeights[i];
                shared += w * w;
                norm += w * w;
            } else {
                double w = weigh(hash, false);
                norm += w * w;
            }
        }
        return incomingNorm == 0 || norm == 0 ? 0 : Math.min(1, shared / Math.sqrt(incomingNorm * incomingNorm * norm));
    }

    /** Positions of the incoming article's {@code limit} rarest features, rarest first; ties to the smaller hash. */
    int[] rarest(int limit) {
        if (rarestFirst == null) {
            // Asked for when candidates are looked up and again when the article is indexed: sorted once.
            Integer[] order = new Integer[incomingWeights.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> incomingRanks[a] != incomingRanks[b]
                    ? Double.compare(incomingRanks[b], incomingRanks[a]) : Long.compare(incoming.get(a), incoming.get(b)));
            rarestFirst = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        }
        return Arrays.copyOf(rarestFirst, Math.min(limit, rarestFirst.length));
    }

    /** As the incoming article's own features are weighed, but {@code inIncoming} false: counted as the window has it. */
    private double weigh(long hash, boolean inIncoming) {
        double with = Math.max(2, stored.articlesWith(hash) + (inIncoming ? 1 : 0));
        double idf = logArticles - Math.log(with + 1);
        return FeatureHashes.named(hash) ? NAMED_FACTOR * idf : idf;
    }
}
