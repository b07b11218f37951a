package org.cpecwatch.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DateFinderTest {

    @Test
    void shouldTakeTheMetadataDateFirst() {
        assertEquals(Optional.of(new FoundDate("2024-06-05", DateFinder.FROM_METADATA)),
                DateFinder.find(Map.of("date_published", "2024-06-05T10:15:00+05:00"), "March 1, 2020 dateline"));
    }

    @Test
    void shouldReadTheUsualDatelineForms() {
        assertEquals("2024-11-14", DateFinder.find(Map.of(), "November 14, 2024\nText").orElseThrow().iso());
        assertEquals("2024-11-14", DateFinder.find(Map.of(), "KARACHI, 14 Nov 2024: text").orElseThrow().iso());
        assertEquals("2024-11-14", DateFinder.find(Map.of(), "date 2024-11-14 text").orElseThrow().iso());
        assertEquals("2024-09-03", DateFinder.find(Map.of(), "Published Sept. 3rd, 2024").orElseThrow().iso());
        assertEquals(DateFinder.FROM_DATELINE, DateFinder.find(Map.of(), "Nov 14, 2024").orElseThrow().source());
        assertEquals("2024-11-14", DateFinder.find(Map.of(), "KARACHI, NOV 14, 2024: text").orElseThrow().iso());
    }

    @Test
    void shouldIgnoreImpossibleDatesAndDatesDeepInTheText() {
        assertEquals(Optional.empty(), DateFinder.find(Map.of(), "February 30, 2024 was no day."));
        assertEquals(Optional.empty(), DateFinder.find(Map.of(), "x ".repeat(300) + "November 14, 2024"));
    }
}
