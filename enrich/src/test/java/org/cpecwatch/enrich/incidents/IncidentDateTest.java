package org.cpecwatch.enrich.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.cpecwatch.schemas.dates.DatePrecision;
import org.junit.jupiter.api.Test;

class IncidentDateTest {

    @Test
    void shouldReadEachPrecisionAsTheDaysItMayMean() {
        assertEquals(new IncidentDate(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31), DatePrecision.MONTH), date("2024-10", "MONTH"));
        assertEquals(new IncidentDate(LocalDate.of(2024, 10, 7), LocalDate.of(2024, 10, 13), DatePrecision.WEEK), date("2024-10-07", "WEEK"));
        assertEquals(new IncidentDate(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), DatePrecision.YEAR), date("2018", null));
        assertEquals(new IncidentDate(LocalDate.of(2022, 4, 26), LocalDate.of(2022, 4, 26), DatePrecision.DAY), date("2022-04-26", null));
    }

    @Test
    void shouldTreatAMissingOrUnreadableDateAsUnknown() {
        assertEquals(Optional.empty(), IncidentDate.of(null, "DAY"));
        assertEquals(Optional.empty(), IncidentDate.of("last October", "MONTH"));
    }

    @Test
    void shouldAgreeWhenOneSpanHoldsTheOther() {
        assertTrue(date("2024-10-06", "DAY").compatibleWith(date("2024-10", "MONTH")));
        assertTrue(date("2024-10", "MONTH").compatibleWith(date("2024", "YEAR")));
        assertFalse(date("2022-04-26", "DAY").compatibleWith(date("2022-07", "MONTH")));
    }

    @Test
    void shouldLetTwoDaysADayApartAgreeButNotThreeDays() {
        assertTrue(date("2024-10-06", null).compatibleWith(date("2024-10-07", null)));
        assertFalse(date("2024-10-06", null).compatibleWith(date("2024-10-09", null)));
    }

    @Test
    void shouldMeasureTheGapBetweenSpans() {
        assertEquals(0, date("2024-10", "MONTH").gapDays(date("2024-10-31", "DAY")));
        assertEquals(1, date("2024-10", "MONTH").gapDays(date("2024-11-01", "DAY")));
        assertEquals(66, date("2022-04-26", "DAY").gapDays(date("2022-07", "MONTH")));
    }

    private static IncidentDate date(String iso, String precision) {
        return IncidentDate.of(iso, precision).orElseThrow();
    }
}
