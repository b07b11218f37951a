package org.cpecwatch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.cpecwatch.schemas.avro.DateMention;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.RawArticle;
import org.junit.jupiter.api.Test;

class ArticleEnricherDatesTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private final ArticleEnricher enricher = new ArticleEnricher(Clock.fixed(NOW, ZoneOffset.UTC));

    private static RawArticle article(String text, Map<String, String> metadata) {
        return RawArticle.newBuilder().setId("a").setSourceFile("a.txt").setIngestedAt(NOW)
                .setSizeBytes(text.length()).setBody(text).setMetadata(metadata).build();
    }

    @Test
    void shouldResolveRelativeDatesAgainstThePublicationDateWithOffsetsIntoTheCleanText() {
        EnrichedArticle out = enricher.enrich(article(
                "Karachi blast condemned\n\nThe President on Monday condemned the blast near Karachi airport on Sunday "
                        + "night in which two Chinese nationals were killed.", Map.of("date_published", "2024-10-07")));

        DateMention sunday = out.getDates().stream().filter(d -> d.getText().equals("Sunday night")).findFirst()
                .orElseThrow();
        assertEquals("2024-10-06", sunday.getValue());
        assertEquals("DAY", sunday.getPrecision());
        assertEquals(true, sunday.getRelative());
        assertEquals("Sunday night", out.getCleanText().substring(sunday.getStart(), sunday.getEnd()));
    }

    @Test
    void shouldKeepRelativeDatesUnresolvedWhenThePublicationDateIsUnknown() {
        EnrichedArticle out = enricher.enrich(article("Attack\n\nTwo engineers were hurt yesterday in Dasu.", Map.of()));

        assertEquals(1, out.getDates().size());
        assertEquals("yesterday", out.getDates().get(0).getText());
        assertNull(out.getDates().get(0).getValue());
    }
}
