package org.cpecwatch.enrich.stories;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the story stage compares of one article, in the compact form the window stores: its near-copy signature, its
 * feature hashes, the people it names and its day of publication. The signature is empty for an article without
 * words: two empty signatures would look identical.
 */
record StoryFacts(String articleId, Optional<MinHashSignature> signature, FeatureHashes features,
                  FeatureHashes people, Optional<LocalDate> published) {

    static StoryFacts of(StoryFingerprint fingerprint) {
        return new StoryFacts(fingerprint.articleId(), fingerprint.signature(),
                FeatureHashes.of(fingerprint.features()),
                FeatureHashes.of(StoryFeatures.people(fingerprint.features())), fingerprint.published());
    }
}
