package org.cpecwatch.enrich.register;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A mention's date as the span of days it may mean: a day, a week (starting on its Monday), a month or a year.
 * Comparing spans lets "2024-10-06" and "October 2024" agree without pretending the month is a day.
 */
record IncidentDate(LocalDate start, LocalDate end, String precision) {

    static final List<String> PRECISIONS = List.of("DAY", "WEEK", "MONTH", "YEAR");
    /** Reports disagree by a day across time zones and late-night events; spans this close still agree. */
    static final long SLACK_DAYS = 1;

    /**
     * The span of an ISO value at its declared precision; empty when the value is missing or not an ISO date, which
     * the matcher then treats as an unknown date rather than as a wrong one.
     */
    static Optional<IncidentDate> of(String iso, String precision) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        String declared = precision == null ? "" : precision.strip().toUpperCase(Locale.ROOT);
        try {
            String value = iso.strip();
            if (value.length() == 4) {
                return Optional.of(year(Integer.parseInt(value)));
            }
            if (value.length() == 7) {
                return Optional.of(declared.equals("YEAR") ? year(YearMonth.parse(value).getYear()) : month(YearMonth.parse(value)));
            }
            LocalDate day = LocalDate.parse(value);
            return Optional.of(switch (declared) {
                case "WEEK" -> new IncidentDate(day, day.plusDays(6), "WEEK");
                case "MONTH" -> month(YearMonth.from(day));
                case "YEAR" -> year(day.getYear());
                default -> new IncidentDate(day, day, "DAY");
            });
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** 0 for a day, up to 3 for a year: the lower, the more precise. */
    int rank() {
        return PRECISIONS.indexOf(precision);
    }

    /** Days between the two spans; 0 when they overlap. */
    long gapDays(IncidentDate other) {
        if (!end.isBefore(other.start) && !other.end.isBefore(start)) {
            return 0;
        }
        return end.isBefore(other.start) ? ChronoUnit.DAYS.between(end, other.start)
                : ChronoUnit.DAYS.between(other.end, start);
    }

    /** Within a day of each other for two days; one span inside or touching the other for coarser ones. */
    boolean compatibleWith(IncidentDate other) {
        return gapDays(other) <= SLACK_DAYS;
    }

    private static IncidentDate month(YearMonth month) {
        return new IncidentDate(month.atDay(1), month.atEndOfMonth(), "MONTH");
    }

    private static IncidentDate year(int year) {
        return new IncidentDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "YEAR");
    }
}
