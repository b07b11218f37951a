package org.cpecwatch.schemas.serde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.errors.SerializationException;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RawArticle;
import org.cpecwatch.schemas.avro.Reason;
import org.cpecwatch.schemas.avro.Relevance;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.avro.Span;
import org.junit.jupiter.api.Test;

class ArticleSerdesTest {

    private static final Instant AT = Instant.parse("2024-11-14T10:15:30.123Z");

    @Test
    void shouldRoundTripRawArticleWithSingleObjectHeader() {
        RawArticle raw = RawArticle.newBuilder()
                .setId("abc").setSourceFile("a.txt").setIngestedAt(AT).setSizeBytes(12)
                .setBody("Chinese engineers").setMetadata(Map.of("date", "2024-11-14")).build();
        AvroSerde<RawArticle> serde = ArticleSerdes.raw();

        byte[] bytes = serde.serialize("articles.raw", raw);

        assertArrayEquals(new byte[] {(byte) 0xC3, 0x01}, new byte[] {bytes[0], bytes[1]}, "single-object marker");
        RawArticle back = serde.deserialize("articles.raw", bytes);
        assertEquals(raw, back);
        assertEquals("text/plain", back.getContentType(), "default content type");
        assertNull(back.getLineNumber());
    }

    @Test
    void shouldRoundTripEnrichedArticleWithReasonsAndEvidence() {
        Span span = new Span(0, 7, "Chinese");
        Relevance relevance = Relevance.newBuilder().setScore(0.9).setLabel(RelevanceLabel.RELEVANT)
                .setRulesetVersion("test-1")
                .setReasons(List.of(new Reason("chinese-actor", "names Chinese nationals", 0.4, List.of(span)))).build();
        EnrichedArticle article = EnrichedArticle.newBuilder()
                .setId("abc").setSourceFile("a.txt").setIngestedAt(AT).setEnrichedAt(AT)
                .setCleanText("Chinese engineers").setRelevance(relevance).build();
        AvroSerde<EnrichedArticle> serde = ArticleSerdes.enriched();

        EnrichedArticle back = serde.deserialize("articles.enriched", serde.serialize("articles.enriched", article));

        assertEquals(article, back);
        assertTrue(back.getCategories().isEmpty(), "categories default to an empty list");
    }

    @Test
    void shouldPassNullsThroughForTombstones() {
        assertNull(ArticleSerdes.raw().serialize("t", null));
        assertNull(ArticleSerdes.raw().deserialize("t", null));
    }

    @Test
    void shouldRejectGarbageWithClearMessage() {
        byte[] garbage = "hello, not avro".getBytes(StandardCharsets.UTF_8);

        SerializationException e = assertThrows(SerializationException.class,
                () -> ArticleSerdes.raw().deserialize("articles.raw", garbage));

        assertTrue(e.getMessage().startsWith("not a readable RawArticle record on topic articles.raw (15 bytes)"),
                e.getMessage());
    }
}
