package org.cpecwatch.enrich.stories;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.cpecwatch.schemas.avro.EnrichedArticle;

/** Turns an enriched article into what stories are matched on. */
final class StoryFingerprinter {

    private final MinHash minHash;

    StoryFingerprinter(MinHash minHash) {
        this.minHash = minHash;
    }

    StoryFingerprint of(EnrichedArticle article) {
        long[] shingles = Shingles.hashes(article.getCleanText());
        Optional<MinHashSignature> signature = shingles.length == 0 ? Optional.empty()
                : Optional.of(minHash.signature(shingles));
        return new StoryFingerprint(article.getId(), signature, StoryFeatures.of(article),
                day(article.getPublishedDate()));
    }

    /** Only a date known to the day can say two articles are days apart; "2024-11" says nothing of the kind. */
    static Optional<LocalDate> day(CharSequence iso) {
        if (iso == null || iso.length() != "yyyy-MM-dd".length()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
