package org.cpecwatch.enrich.register;

import static org.cpecwatch.enrich.register.SeedMentions.BLA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cpecwatch.schemas.avro.Incident;
import org.cpecwatch.schemas.avro.IncidentConflict;
import org.cpecwatch.schemas.avro.IncidentReport;
import org.junit.jupiter.api.Test;

class IncidentMergerTest {

    private static final Instant FIRST = Instant.parse("2022-06-13T08:00:00Z");
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void shouldTakeTheDayOverTheMonthAndKeepTheJulyReportAsAConflict() {
        Incident university = rebuild(new IncidentReport("s001", SeedMentions.karachiUniversityApril()),
                new IncidentReport("s000", SeedMentions.karachiUniversityJuly()));

        assertEquals("2022-04-26", university.getDate());
        assertEquals("DAY", university.getDatePrecision());
        assertEquals(List.of(new IncidentConflict("date", "2022-07", List.of("s000"))), university.getConflicts());
        assertEquals("SUICIDE_ATTACK", university.getType(), "the most specific type");
        assertEquals(4, university.getKilled());
        assertEquals(BLA, university.getPerpetrator());
        assertEquals(2, university.getReportCount());
        assertEquals(List.of("s001", "s000"), university.getArticleIds());
        assertFalse(university.getBackground(), "seed 001 tells it as news");
    }

    @Test
    void shouldTakeTheMostReportedValueAmongEquallyPreciseOnes() {
        Incident airport = rebuild(new IncidentReport("a", SeedMentions.airport("BOMBING").setKilled(3).build()),
                new IncidentReport("b", SeedMentions.airport("BOMBING").setKilled(2).build()),
                new IncidentReport("c", SeedMentions.airport("BOMBING").setKilled(2).build()));

        assertEquals(2, airport.getKilled());
        assertEquals(List.of(new IncidentConflict("killed", "3", List.of("a"))), airport.getConflicts());
    }

    @Test
    void shouldBreakATieByTheEarliestReport() {
        Incident airport = rebuild(new IncidentReport("a", SeedMentions.airport("BOMBING").setInjured(10).build()),
                new IncidentReport("b", SeedMentions.airport("BOMBING").setInjured(8).build()));

        assertEquals(10, airport.getInjured());
        assertEquals(List.of(new IncidentConflict("injured", "8", List.of("b"))), airport.getConflicts());
    }

    @Test
    void shouldTakeLocationFieldsFromTheMostPrecisePlace() {
        Incident airport = rebuild(new IncidentReport("a", SeedMentions.inKarachi("BOMBING", "2024-10", "MONTH").build()),
                new IncidentReport("b", SeedMentions.airport("BOMBING").setLat(24.91).setLon(67.16).build()));

        assertEquals(SeedMentions.AIRPORT, airport.getPlace());
        assertEquals("SITE", airport.getPlacePrecision());
        assertEquals(24.91, airport.getLat());
        assertEquals("Karachi", airport.getCity());
        assertEquals(List.of(new IncidentConflict("place", "Karachi", List.of("a"))), airport.getConflicts());
    }

    @Test
    void shouldCountArticlesNotMentions() {
        Incident airport = rebuild(new IncidentReport("a", SeedMentions.airportOctoberBombing()),
                new IncidentReport("a", SeedMentions.airportSuicideBombing()),
                new IncidentReport("b", SeedMentions.airportUndated()));

        assertEquals(2, airport.getReportCount());
        assertEquals(List.of("a", "b"), airport.getArticleIds());
        assertEquals(3, airport.getReports().size(), "every report is kept");
    }

    @Test
    void shouldKeepTheLargestVictimCountPerNationalityAndAnyClaim() {
        Incident airport = rebuild(new IncidentReport("s003", SeedMentions.airportOctoberBombing()),
                new IncidentReport("s004", SeedMentions.airportSuicideBombing()));

        assertEquals(Map.of("CHINESE", 2), airport.getKilledByNationality());
        assertTrue(airport.getClaimed());
        assertEquals("CHINESE_NATIONALS", airport.getTarget());
    }

    @Test
    void shouldBeBackgroundOnlyWhenEveryReportIs() {
        assertTrue(rebuild(new IncidentReport("s004", SeedMentions.dalbandinConvoy())).getBackground());
        assertFalse(rebuild(new IncidentReport("s002", SeedMentions.airportUndated()),
                new IncidentReport("s003", SeedMentions.airportOctoberBombing())).getBackground());
    }

    @Test
    void shouldRefuseToRebuildAnIncidentWithoutReports() {
        assertThrows(IllegalArgumentException.class, () -> IncidentMerger.rebuild("gone", List.of(), FIRST, NOW));
    }

    private static Incident rebuild(IncidentReport... reports) {
        return IncidentMerger.rebuild("id", List.of(reports), FIRST, NOW);
    }
}
