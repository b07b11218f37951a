package org.cpecwatch.enrich.model;

import java.util.Optional;

import org.cpecwatch.schemas.avro.Category;

/**
 * How one category is decided. A category with too few labelled examples to fit and validate a model on keeps its
 * ruleset rule: tagged when the rule's sentence is found, as before any training.
 *
 * @param positives the relevant training articles labelled with the category
 */
public record CategoryModel(Category category, int positives, Optional<BinaryClassifier> classifier) {

    public boolean byRule() {
        return classifier.isEmpty();
    }
}
