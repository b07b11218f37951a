package org.cpecwatch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.cpecwatch.schemas.avro.RawArticle;
import org.junit.jupiter.api.Test;

class TextBudgetTest {

    @Test
    void shouldLeaveAnOrdinaryArticleAlone() {
        RawArticle article = article("Blast near Karachi", "Two Chinese nationals were killed.", Map.of("date", "2024-10-07"));

        assertSame(article, TextBudget.fit(article));
    }

    @Test
    void shouldCutAHostileTitleAndMetadataThatNoArticleHas() {
        Map<String, String> metadata = new HashMap<>();
        for (int i = 0; i < 150; i++) {
            metadata.put("key" + i, "v".repeat(5_000));
        }
        RawArticle fitted = TextBudget.fit(article("t".repeat(10_000), "Body.", metadata));

        assertEquals(TextBudget.MAX_FIELD_CHARS, fitted.getTitle().length());
        assertEquals(TextBudget.MAX_METADATA_ENTRIES, fitted.getMetadata().size());
        fitted.getMetadata().values().forEach(v -> assertEquals(TextBudget.MAX_FIELD_CHARS, v.length()));
        assertFalse(fitted.getMetadata().containsKey(TextBudget.CUT_KEY), "the body was not cut");
    }

    @Test
    void shouldCutALongBodyAndSaySo() {
        RawArticle fitted = TextBudget.fit(article("t", "x".repeat(TextBudget.MAX_CHARS + 5), Map.of()));

        assertEquals(TextBudget.MAX_CHARS, fitted.getBody().length());
        assertEquals(TextBudget.MAX_CHARS + " of " + (TextBudget.MAX_CHARS + 5), fitted.getMetadata().get(TextBudget.CUT_KEY));
    }

    private static RawArticle article(String title, String body, Map<String, String> metadata) {
        return RawArticle.newBuilder().setId("a").setSourceFile("a.json").setIngestedAt(Instant.EPOCH)
                .setSizeBytes(body.length()).setTitle(title).setBody(body).setMetadata(metadata).build();
    }
}
