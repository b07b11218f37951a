package org.cpecwatch.enrich.evaluation;

import java.util.Set;

import org.cpecwatch.schemas.avro.Category;

/** What a person decided about one article: relevant or not, its categories, and its main incident if noted. */
public record Label(String id, boolean relevant, Set<Category> categories, IncidentLabel incident) {

    public Label(String id, boolean relevant, Set<Category> categories) {
        this(id, relevant, categories, IncidentLabel.NONE);
    }
}
