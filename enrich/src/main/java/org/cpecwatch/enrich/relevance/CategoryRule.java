package org.cpecwatch.enrich.relevance;

import org.cpecwatch.schemas.avro.Category;

/** A category is tagged where one sentence holds both its concept and its target concept. */
public record CategoryRule(Category category, String description, String concept, String target) {
}
