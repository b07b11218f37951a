package org.cpecwatch.enrich.stories;

/** An article already placed in a story, as the window gives it back, with its arrival number there. */
record KnownArticle(StoryFacts facts, String storyId, long sequence) {
}
