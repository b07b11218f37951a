package org.cpecwatch.sink;

import java.time.Instant;

import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Relevance;
import org.cpecwatch.schemas.avro.RelevanceLabel;

/** Enriched articles for sink tests. */
public final class Articles {

    private Articles() {
    }

    public static EnrichedArticle article(String id, RelevanceLabel label, String text) {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        return EnrichedArticle.newBuilder().setId(id).setSourceFile(id + ".txt").setIngestedAt(at).setEnrichedAt(at)
                .setCleanText(text)
                .setRelevance(Relevance.newBuilder().setScore(label == RelevanceLabel.RELEVANT ? 0.9 : 0.1)
                        .setLabel(label).setRulesetVersion("test").build())
                .build();
    }
}
