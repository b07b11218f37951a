package org.cpecwatch.enrich.stories;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What stories are matched on. The signature is empty for an article without words: two empty signatures would
 * look identical.
 */
record StoryFingerprint(String articleId, Optional<MinHashSignature> signature, Set<String> features,
        Optional<LocalDate> published) {

    StoryFingerprint {
        features = Set.copyOf(features);
    }
}
