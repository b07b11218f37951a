package org.cpecwatch.enrich.incidents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.cpecwatch.schemas.dates.DatePrecision;

/**
 * A date as the span of days it may mean: a day, a week (starting on its Monday), a month or a year. Comparing spans
 * lets "2024-10-06" and "October 2024" agree without pretending the month is a day. Reports of one event within an
 * article and across articles are compared the same way.
 */
public record IncidentDate(LocalDate start, LocalDate end, DatePrecision precision) {

    /** Reports disagree by a day across time zones and late-night events; spans this close still agree. */
    static final long SLACK_DAYS = 1;

    /**
     * The span of an ISO value at its declared precision, or at the one its length shows when none is declared; empty
     * when the value is missing or not an ISO date, which callers treat as an unknown date rather than a wrong one.
     */
    public static Optional<IncidentDate> of(String iso, String precision) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        String value = iso.strip();
        DatePrecision declared = DatePrecision.named(precision).orElse(DatePrecision.DAY);
        try {
            if (value.length() == 4) {
                return Optional.of(year(Integer.parseInt(value)));
            }
            if (value.length() == 7) {
                YearMonth month = YearMonth.parse(value);
                return Optional.of(declared == DatePrecision.YEAR ? year(month.getYear()) : month(month));
            }
            LocalDate day = LocalDate.parse(value);
            return Optional.of(switch (declared) {
                case WEEK -> new IncidentDate(day, day.plusDays(6), DatePrecision.WEEK);
                case MONTH -> month(YearMonth.from(day));
                case YEAR -> year(day.getYear());
                case DAY -> new IncidentDate(day, day, DatePrecision.DAY);
            });
        } catch (DateTimeParseException | NumberFormatException notADate) {
            return Optional.empty();
        }
    }

    /** Days between the two spans; 0 when they overlap. */
    public long gapDays(IncidentDate other) {
        if (!end.isBefore(other.start) && !other.end.isBefore(start)) {
            return 0;
        }
        return end.isBefore(other.start) ? ChronoUnit.DAYS.between(end, other.start)
                : ChronoUnit.DAYS.between(other.end, start);
    }

    /** Within a day of each other for two days; one span inside or touching the other for coarser ones. */
    public boolean compatibleWith(IncidentDate other) {
        return gapDays(other) <= SLACK_DAYS;
    }

    private static IncidentDate month(YearMonth month) {
        return new IncidentDate(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
    }

    private static IncidentDate year(int year) {
        return new IncidentDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR);
    }
}
