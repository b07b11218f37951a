package org.cpecwatch.enrich;

import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.serde.ArticleSerdes;
import org.cpecwatch.schemas.topic.Topic;
import org.cpecwatch.schemas.topic.Topics;

/**
 * Refuses an enriched article whose record would not fit the topics, before anything is written. Under exactly-once a
 * record the producer refuses makes the whole transaction abort, and the task would meet the same article again for
 * ever; refused here, it is a processing failure, which sends the raw article to the dead-letter topic and goes on.
 * Only an article with a long text is measured: {@link TextBudget} caps every other field, and below
 * {@value #MEASURED_FROM} characters of text a record cannot approach the limit.
 */
public final class RecordSize {

    static final int MEASURED_FROM = 200_000;
    /** Room for what the story step adds (story id, similarity). */
    static final int MARGIN = 64 * 1024;
    static final int LIMIT = Topic.MAX_MESSAGE_BYTES - MARGIN;

    /** An enriched article too large for the topics. */
    public static final class TooLarge extends RuntimeException {
        TooLarge(String id, int bytes) {
            super("the enriched article " + id + " would be a record of " + bytes + " bytes, over the topics' limit of "
                    + LIMIT + "; its raw article goes to the dead-letter topic");
        }
    }

    private RecordSize() {
    }

    public static EnrichedArticle require(EnrichedArticle article) {
        if (article.getCleanText().length() < MEASURED_FROM) {
            return article;
        }
        int bytes = ArticleSerdes.enriched().serialize(Topics.ENRICHED, article).length;
        if (bytes > LIMIT) {
            throw new TooLarge(article.getId().toString(), bytes);
        }
        return article;
    }
}
