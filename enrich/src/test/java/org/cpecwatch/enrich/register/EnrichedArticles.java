package org.cpecwatch.enrich.register;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.schemas.avro.IncidentMention;
import org.cpecwatch.schemas.avro.Relevance;
import org.cpecwatch.schemas.avro.RelevanceLabel;

/** Enriched articles built by hand, carrying what the stateful steps read and nothing more. */
public final class EnrichedArticles {

    public static final Instant INGESTED = Instant.parse("2025-01-06T09:00:00Z");

    private EnrichedArticles() {
    }

    public static EnrichedArticle.Builder article(String id, IncidentMention... mentions) {
        return EnrichedArticle.newBuilder().setId(id).setSourceFile(id + ".txt").setIngestedAt(INGESTED)
                .setEnrichedAt(INGESTED).setCleanText("text of " + id)
                .setRelevance(new Relevance(0.9, RelevanceLabel.RELEVANT, "test", List.of()))
                .setIncidents(List.of(mentions));
    }

    /** A gazetteer place as the entity finder gives it: with the province it lies in. */
    public static Entity place(String type, String name, String province) {
        return new Entity(type, name, Map.of("province", province), List.of());
    }
}
