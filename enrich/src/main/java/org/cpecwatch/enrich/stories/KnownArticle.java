package org.cpecwatch.enrich.stories;

/** An article already placed in a story, as the index gives it back. */
record KnownArticle(StoryFingerprint fingerprint, String storyId) {
}
