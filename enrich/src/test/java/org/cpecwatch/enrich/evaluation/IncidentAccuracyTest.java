package org.cpecwatch.enrich.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.schemas.avro.IncidentMention;
import org.cpecwatch.schemas.avro.Relevance;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.avro.Span;
import org.junit.jupiter.api.Test;

class IncidentAccuracyTest {

    private static EnrichedArticle article(List<IncidentMention> incidents, List<Entity> entities) {
        return EnrichedArticle.newBuilder().setId("x").setSourceFile("x.txt").setIngestedAt(Instant.EPOCH)
                .setEnrichedAt(Instant.EPOCH).setCleanText("text")
                .setRelevance(new Relevance(1.0, RelevanceLabel.RELEVANT, "test", List.of()))
                .setIncidents(incidents).setEntities(entities).build();
    }

    private static Label label(String id, String date, String place, Integer killed, String perpetrator) {
        return new Label(id, true, Set.of(), new IncidentLabel(Optional.ofNullable(date), Optional.ofNullable(place),
                Optional.empty(), Optional.ofNullable(killed), Optional.empty(), Optional.ofNullable(perpetrator)), false);
    }

    @Test
    void shouldScoreTheMainIncidentAndPlaceAnArticleWithoutOneAtItsMostNamedCity() {
        IncidentMention airport = IncidentMention.newBuilder().setType("BOMBING").setDate("2024-10-06")
                .setDatePrecision("DAY").setPlace("Jinnah International Airport").setCity("Karachi").setKilled(2)
                .setPerpetrator("Balochistan Liberation Army").build();
        Entity islamabad = new Entity("CITY", "Islamabad", Map.of(), List.of(new Span(0, 9, "Islamabad"),
                new Span(20, 29, "Islamabad")));
        Entity punjab = new Entity("PROVINCE", "Punjab", Map.of(), List.of(new Span(0, 6, "Punjab"),
                new Span(10, 16, "Punjab"), new Span(30, 36, "Punjab")));
        Map<String, EnrichedArticle> enriched = Map.of(
                "a", article(List.of(airport), List.of()),
                "b", article(List.of(), List.of(punjab, islamabad)),
                "c", article(List.of(), List.of()));

        Map<String, IncidentAccuracy.Score> scores = IncidentAccuracy.of(List.of(
                label("a", "2024-10-06", "signal near Karachi Airport", 3, "Balochistan Liberation Army (BLA)"),
                label("b", null, "Islamabad", null, null),
                label("c", "2024-10-07", "Gwadar", null, null),
                label("missing", "2024-10-06", "Karachi", 2, null)), enriched);

        assertEquals(new IncidentAccuracy.Score(2, 1), scores.get("date"), "a right, c has no incident");
        assertEquals(new IncidentAccuracy.Score(3, 2), scores.get("place"), "a by its city, b by its most named city");
        assertEquals(new IncidentAccuracy.Score(1, 0), scores.get("killed"));
        assertEquals(new IncidentAccuracy.Score(1, 1), scores.get("perpetrator"), "by any gazetteer name");
        assertEquals(new IncidentAccuracy.Score(0, 0), scores.get("province"));
    }
}
