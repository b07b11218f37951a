package org.cpecwatch.enrich.evaluation;

import java.util.Set;

import org.cpecwatch.schemas.avro.Category;

/** What a person decided about one article: relevant or not, and its categories. */
public record Label(String id, boolean relevant, Set<Category> categories) {
}
