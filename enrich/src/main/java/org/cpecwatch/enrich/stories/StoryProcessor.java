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
 * and the sink key their work on story ids, which must not move under them. That holds while the article is in the
 * window ({@link StoryWindow#CAPACITY} newest articles): one enriched again after it left is placed again, against
 * the window as it is then, and may get another story id.
 */
public final class StoryProcessor implements Processor<String, EnrichedArticle, String, EnrichedArticle> {

    private final StoryFingerprinter fingerprinter = new StoryFingerprinter(MinHash.standard());
    private final StoryMatcher matcher = new StoryMatcher();
    private final int capacity;
    private ProcessorContext<String, EnrichedArticle> context;
    private StoryWindow window;

    public StoryProcessor() {
        this(StoryWindow.CAPACITY);
    }

    /** @param capacity how many of the newest articles stories are matched against */
    StoryProcessor(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.window = new StoryWindow(context.getStateStore(StoryStores.WINDOW), LshBands.standard(), capacity);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        if (article == null) {
            context.forward(record);
            return;
        }
        StoryEntry entry = window.entry(article.getId()).orElseGet(() -> place(article));
        context.forward(record.withValue(EnrichedArticle.newBuilder(article)
                .setStoryId(entry.getStoryId())
                .setStorySimilarity(entry.getSimilarity())
                .build()));
    }

    private StoryEntry place(EnrichedArticle article) {
        StoryFacts facts = StoryFacts.of(fingerprinter.of(article));
        FeatureWeights weights = new FeatureWeights(window, facts.features());
        Optional<StoryMatch> match = matcher.bestMatch(facts, window.candidates(facts, weights), weights);
        return window.add(facts, weights, match.map(StoryMatch::storyId).orElse(facts.articleId()),
                match.map(StoryMatch::similarity).orElse(null));
    }
}
