package org.cpecwatch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RawArticle;
import org.junit.jupiter.api.Test;

class ArticleHeadlineTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final ArticleEnricher enricher = new ArticleEnricher(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldScoreAHeadlineThatCameApartFromTheBodyLikeTheLead() {
        EnrichedArticle article = enricher.enrich(raw("Chinese engineers attacked near Dasu in Pakistan",
                "Police said the convoy was hit on Monday. Roads were closed."));

        assertTrue(article.getCleanText().startsWith("Chinese engineers attacked near Dasu in Pakistan\n\n"),
                article.getCleanText());
        assertTrue(article.getRelevance().getReasons().stream().anyMatch(r -> r.getRule().equals("chinese-security-lead")),
                article.getRelevance().getReasons().toString());
        assertEquals("Chinese engineers attacked near Dasu in Pakistan", article.getTitle());
    }

    @Test
    void shouldNotRepeatAHeadlineTheBodyAlreadyStartsWith() {
        assertEquals("Dasu attack\n\nText.", ArticleReader.withHeadline("Dasu attack", "Dasu attack\n\nText."));
        assertEquals("Text.", ArticleReader.withHeadline(null, "Text."));
        assertEquals("Text.", ArticleReader.withHeadline("  ", "Text."));
        assertEquals("Dasu attack\n\nText.", ArticleReader.withHeadline(" Dasu attack ", "Text."));
    }

    private static RawArticle raw(String title, String body) {
        return RawArticle.newBuilder().setId("a").setSourceFile("a.json").setIngestedAt(NOW).setSizeBytes(body.length())
                .setTitle(title).setBody(body).build();
    }
}
