package org.cpecwatch.schemas.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DatePrecisionTest {

    @Test
    void shouldFormatADateAtItsPrecision() {
        LocalDate day = LocalDate.of(2024, 10, 6);
        assertEquals("2024-10-06", DatePrecision.WEEK.format(day));
        assertEquals("2024-10", DatePrecision.MONTH.format(day));
        assertEquals("2024", DatePrecision.YEAR.format(day));
    }

    @Test
    void shouldReadThePrecisionAnIsoValueShows() {
        assertEquals(Optional.of(DatePrecision.DAY), DatePrecision.ofIso("2024-10-06"));
        assertEquals(Optional.of(DatePrecision.MONTH), DatePrecision.ofIso("2024-10"));
        assertEquals(Optional.of(DatePrecision.YEAR), DatePrecision.ofIso("2024"));
        assertEquals(Optional.empty(), DatePrecision.ofIso("last October"));
        assertEquals(Optional.empty(), DatePrecision.ofIso(null));
    }

    @Test
    void shouldReadARecordedNameAndRefuseAnUnknownOne() {
        assertEquals(Optional.of(DatePrecision.WEEK), DatePrecision.named(" week "));
        assertEquals(Optional.empty(), DatePrecision.named("FORTNIGHT"));
        assertEquals(Optional.empty(), DatePrecision.named(null));
    }
}
