package org.cpecwatch.enrich;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.cpecwatch.enrich.dates.DateMentionFinder;
import org.cpecwatch.schemas.avro.DateMention;

/** The date mentions of a clean text as they go on the enriched record. */
final class DateMentionRecords {

    private DateMentionRecords() {
    }

    /** {@code publishedIso} is the publication date as found (may be absent or coarser than a day). */
    static List<DateMention> of(String cleanText, Optional<String> publishedIso) {
        return DateMentionFinder.find(cleanText, publishedIso.flatMap(DateMentionRecords::day)).stream()
                .map(m -> new DateMention(m.text(), m.start(), m.end(), m.value().orElse(null), m.precision().name(),
                        m.relative()))
                .toList();
    }

    /** Only a full day anchors relative dates; "2024-11" would make "yesterday" a guess. */
    static Optional<LocalDate> day(String iso) {
        try {
            return Optional.of(LocalDate.parse(iso));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }
}
