package org.cpecwatch.enrich;

import java.time.Clock;

import org.cpecwatch.enrich.relevance.RelevanceTagger;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RawArticle;

/**
 * Raw article in, enriched article out: plain Java, no Kafka types, so the Streams topology and
 * {@code cpecwatch tag} run exactly the same code.
 */
public final class ArticleEnricher {

    private final RelevanceTagger relevance = new RelevanceTagger();
    private final Clock clock;

    public ArticleEnricher(Clock clock) {
        this.clock = clock;
    }

    public String rulesetVersion() {
        return relevance.rulesetVersion();
    }

    public EnrichedArticle enrich(RawArticle raw) {
        String text = raw.getBody();
        String date = raw.getMetadata().get("date");
        return EnrichedArticle.newBuilder()
                .setId(raw.getId())
                .setSourceFile(raw.getSourceFile())
                .setIngestedAt(raw.getIngestedAt())
                .setEnrichedAt(clock.instant())
                .setTitle(raw.getTitle())
                .setPublishedDate(date)
                .setDateSource(date == null ? null : "metadata")
                .setCleanText(text)
                .setRelevance(relevance.tag(text))
                .setMetadata(raw.getMetadata())
                .build();
    }
}
