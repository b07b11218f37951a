package org.cpecwatch.enrich.model;

import java.util.List;

/**
 * The trained part of relevance and categories: the weights of the ruleset's features, fitted on labelled articles
 * by {@code cpecwatch train}. Its version is a digest of its content, stamped on every article it scores.
 *
 * @param rulesetVersion the ruleset whose features it was fitted on
 */
public record RelevanceModel(String version, String rulesetVersion, TrainingSummary trainedOn, long seed,
                             BinaryClassifier relevance, List<CategoryModel> categories) {

    public RelevanceModel {
        categories = List.copyOf(categories);
    }

    /** What a model was fitted on, so anyone can tell which labels made it. */
    public record TrainingSummary(int articles, int relevant, String labelsSha256) {
    }
}
