package org.cpecwatch.enrich.model;

import java.util.Set;

import org.cpecwatch.enrich.relevance.FeatureVector;
import org.cpecwatch.schemas.avro.Category;

/** One labelled article as training sees it: its relevance and category features and a person's labels. */
public record TrainingExample(String id, FeatureVector relevanceFeatures, FeatureVector categoryFeatures,
                              boolean relevant, Set<Category> categories) {
}
