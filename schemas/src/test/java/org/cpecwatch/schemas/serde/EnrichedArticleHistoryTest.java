package org.cpecwatch.schemas.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.cpecwatch.schemas.avro.DateMention;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Relevance;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.junit.jupiter.api.Test;

class EnrichedArticleHistoryTest {

    private static final String FULL_NAME = EnrichedArticle.getClassSchema().getFullName();

    @Test
    void shouldKeepRecordsWrittenBeforeTheDatesFieldReadableWithNoDates() {
        Schema v1 = SchemaHistory.olderVersionsOf(FULL_NAME).get(0);
        Schema relevanceV1 = v1.getField("relevance").schema();
        GenericRecord relevance = new GenericRecordBuilder(relevanceV1).set("score", 0.1)
                .set("label", new GenericData.EnumSymbol(relevanceV1.getField("label").schema(), "NOT_RELEVANT"))
                .set("rulesetVersion", "r1").build();
        GenericRecord old = new GenericRecordBuilder(v1).set("id", "a1").set("sourceFile", "a.txt")
                .set("ingestedAt", 0L).set("enrichedAt", 0L).set("cleanText", "text").set("relevance", relevance)
                .build();
        byte[] bytes = new AvroSerde<GenericRecord>(GenericData.get(), v1, List.of()).serialize("t", old);

        EnrichedArticle read = ArticleSerdes.enriched().deserialize("articles.enriched", bytes);

        assertEquals("a1", read.getId());
        assertTrue(read.getDates().isEmpty(), "the dates field takes its default");
    }

    @Test
    void shouldRoundTripDateMentions() {
        EnrichedArticle article = EnrichedArticle.newBuilder().setId("a").setSourceFile("a.txt")
                .setIngestedAt(Instant.EPOCH).setEnrichedAt(Instant.EPOCH).setCleanText("on Tuesday")
                .setRelevance(new Relevance(0.0, RelevanceLabel.NOT_RELEVANT, "r1", List.of()))
                .setDates(List.of(new DateMention("Tuesday", 3, 10, "2024-11-05", "DAY", true)))
                .setMetadata(Map.of()).build();
        AvroSerde<EnrichedArticle> serde = ArticleSerdes.enriched();

        assertEquals(article, serde.deserialize("t", serde.serialize("t", article)));
    }
}
