package org.cpecwatch.enrich.stories;

import java.util.Optional;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.StoryEntry;

/**
 * Sets the story id and similarity on each enriched article. It must see every article, so the topology feeds it
 * from one partition; its stores are those of {@link StoryStores}.
 *
 * <p>An article seen before keeps the story it was given, even when a new ruleset enriched it differently: analysts
 * and the sink key their work on story ids, which must not move under them.
 */
public final class StoryProcessor implements Processor<String, EnrichedArticle, String, EnrichedArticle> {

    private final StoryFingerprinter fingerprinter = new StoryFingerprinter(MinHash.standard());
    private final StoryMatcher matcher = new StoryMatcher();
    private ProcessorContext<String, EnrichedArticle> context;
    private StoryIndex index;

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.index = new StoryIndex(context.getStateStore(StoryStores.ARTICLES),
                context.getStateStore(StoryStores.LSH_BUCKETS), context.getStateStore(StoryStores.FEATURES),
                LshBands.standard());
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        if (article == null) {
            context.forward(record);
            return;
        }
        StoryEntry entry = index.entry(article.getId()).orElseGet(() -> place(article));
        context.forward(record.withValue(EnrichedArticle.newBuilder(article)
                .setStoryId(entry.getStoryId())
                .setStorySimilarity(entry.getSimilarity())
                .build()));
    }

    private StoryEntry place(EnrichedArticle article) {
        StoryFingerprint fingerprint = fingerprinter.of(article);
        FeatureWeights weights = new FeatureWeights(index, fingerprint.features());
        Optional<StoryMatch> match = matcher.bestMatch(fingerprint, index.candidates(fingerprint, weights), weights);
        StoryEntry entry = StoryEntries.of(fingerprint, match.map(StoryMatch::storyId).orElse(fingerprint.articleId()),
                match.map(StoryMatch::similarity).orElse(null));
        index.add(fingerprint, entry);
        return entry;
    }
}
