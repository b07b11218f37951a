package org.cpecwatch.enrich.evaluation;

import java.util.Set;

import org.cpecwatch.schemas.avro.Category;

/**
 * What a person decided about one article: relevant or not, its categories, its main incident if noted, and whether
 * they marked the call borderline (another careful reader could decide the other way).
 */
public record Label(String id, boolean relevant, Set<Category> categories, IncidentLabel incident, boolean borderline) {

    public Label(String id, boolean relevant, Set<Category> categories) {
        this(id, relevant, categories, IncidentLabel.NONE, false);
    }
}
