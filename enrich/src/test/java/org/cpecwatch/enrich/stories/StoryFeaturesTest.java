package org.cpecwatch.enrich.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cpecwatch.schemas.avro.DateMention;
import org.cpecwatch.schemas.avro.EnrichedArticle;
import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.schemas.avro.IncidentMention;
import org.cpecwatch.schemas.avro.Relevance;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.junit.jupiter.api.Test;

class StoryFeaturesTest {

    private static IncidentMention incident(String type, String city, String place, String date) {
        return IncidentMention.newBuilder().setType(type).setCity(city).setPlace(place).setDate(date).build();
    }

    private static EnrichedArticle article(String text, List<Entity> entities, List<IncidentMention> incidents,
            List<DateMention> dates) {
        return EnrichedArticle.newBuilder().setId("a").setSourceFile("a.txt").setIngestedAt(Instant.EPOCH)
                .setEnrichedAt(Instant.EPOCH).setCleanText(text)
                .setRelevance(new Relevance(0.0, RelevanceLabel.NOT_RELEVANT, "test", List.of()))
                .setEntities(entities).setIncidents(incidents).setDates(dates).build();
    }

    @Test
    void shouldKeyAnIncidentByTypeCityAndMonthSoThatDayAndMonthDatesMeet() {
        assertEquals("i:BOMBING:karachi:2024-10",
                StoryFeatures.incidentKey(incident("BOMBING", "Karachi", "Jinnah International Airport", "2024-10-06")));
        assertEquals("i:BOMBING:karachi:2024-10",
                StoryFeatures.incidentKey(incident("BOMBING", "Karachi", null, "2024-10")));
    }

    @Test
    void shouldFallBackToThePlaceAndMarkWhatIsUnknown() {
        assertEquals("i:KIDNAPPING:balochistan:?", StoryFeatures.incidentKey(incident("KIDNAPPING", null, "Balochistan", "2024")));
        assertEquals("i:ATTACK:?:?", StoryFeatures.incidentKey(incident("ATTACK", null, null, null)));
    }

    @Test
    void shouldKeepContentWordsNamesIncidentsAndPreciseDates() {
        Entity karachi = new Entity("CITY", "Karachi", Map.of(), List.of());
        DateMention day = new DateMention("Sunday", 0, 6, "2024-10-06", "DAY", true);
        DateMention year = new DateMention("this year", 0, 9, "2024", "YEAR", true);
        DateMention unresolved = new DateMention("yesterday", 0, 9, null, null, true);

        Set<String> features = StoryFeatures.of(article("The blast in Karachi: it was 1 of 2 attacks on engineers.",
                List.of(karachi), List.of(incident("BOMBING", "Karachi", null, "2024-10-06")),
                List.of(day, year, unresolved)));

        assertEquals(Set.of("w:blast", "w:karachi", "w:attacks", "w:engineers", "e:CITY:karachi",
                "i:BOMBING:karachi:2024-10", "d:2024-10-06"), features);
    }

    @Test
    void shouldTellNamedFeaturesAndPeopleFromWords() {
        assertTrue(StoryFeatures.isNamed("e:PERSON:li qiang"));
        assertFalse(StoryFeatures.isNamed("w:proposal"));
        assertEquals(Set.of("e:PERSON:li qiang"),
                StoryFeatures.people(Set.of("e:PERSON:li qiang", "e:CITY:karachi", "w:person")));
    }
}
