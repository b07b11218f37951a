package org.cpecwatch.enrich.dates;

import java.time.LocalDate;
import java.util.Optional;

import org.cpecwatch.schemas.dates.DatePrecision;

/**
 * One date expression in a text: its span [start, end) in the text that was searched, the words, and the date it
 * stands for. {@code date} is null when the expression needs an anchor and none was known ("yesterday" with no
 * publication date); for coarser precisions it is the first day of the period.
 */
public record DateMention(String text, int start, int end, LocalDate date, DatePrecision precision, boolean relative) {

    /** The resolved date as ISO text at its precision, empty when it could not be resolved. */
    public Optional<String> value() {
        return Optional.ofNullable(date).map(precision::format);
    }

    int length() {
        return end - start;
    }

    boolean overlaps(DateMention other) {
        return start < other.end && other.start < end;
    }
}
