package org.cpecwatch.enrich.relevance;

import java.util.List;

import org.cpecwatch.schemas.avro.Category;

/**
 * A category is tagged where one sentence holds all its concepts and none of its {@code unless} concepts.
 *
 * @param withinSentences only the first this many sentences count (0: the whole text); news puts the article's own
 *                        event first and background later, so an attack recalled deep in the text is not the story
 */
public record CategoryRule(Category category, String description, List<String> concepts, List<String> unless,
                           int withinSentences) {
}
