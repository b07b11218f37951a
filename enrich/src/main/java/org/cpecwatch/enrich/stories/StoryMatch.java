package org.cpecwatch.enrich.stories;

/** The earlier article a new one tells the same story as, and how close they are (0 to 1). */
record StoryMatch(String storyId, String articleId, double similarity, Kind kind) {

    enum Kind { NEAR_COPY, REWRITE }
}
