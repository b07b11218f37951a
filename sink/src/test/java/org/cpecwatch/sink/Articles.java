package org.cpecwatch.sink;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cpecwatch.schemas.avro.Category;
import org.cpecwatch.schemas.avro.CategoryTag;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.schemas.avro.Relevance;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.avro.Span;

/** Enriched articles for sink tests. */
public final class Articles {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private Articles() {
    }

    public static EnrichedArticle article(String id, RelevanceLabel label, String text) {
        return EnrichedArticle.newBuilder().setId(id).setSourceFile(id + ".txt").setIngestedAt(AT).setEnrichedAt(AT)
                .setTitle("Title of " + id)
                .setCleanText(text)
                .setRelevance(Relevance.newBuilder().setScore(label == RelevanceLabel.RELEVANT ? 0.9 : 0.1)
                        .setLabel(label).setRulesetVersion("test").build())
                .build();
    }

    public static EnrichedArticle tagged(String id, String date, List<Category> categories, List<Entity> entities,
                                         String text) {
        EnrichedArticle a = article(id, RelevanceLabel.RELEVANT, text);
        a.setPublishedDate(date);
        a.setCategories(categories.stream().map(c -> new CategoryTag(c, List.of(new Span(0, 4, text.substring(0, 4)))))
                .toList());
        a.setEntities(entities);
        return a;
    }

    public static Entity place(String name, String province) {
        return new Entity("PLACE", name, Map.of("province", province), List.of(new Span(0, name.length(), name)));
    }

    public static Entity group(String name) {
        return new Entity("MILITANT_GROUP", name, Map.of(), List.of(new Span(0, name.length(), name)));
    }
}
