package org.cpecwatch.enrich.relevance;

import java.util.List;

/** An article's features in a fixed order: the order of the ruleset's rules, then the features computed in code. */
public record FeatureVector(List<Feature> features) {

    public FeatureVector {
        features = List.copyOf(features);
    }

    public List<String> names() {
        return features.stream().map(Feature::name).toList();
    }

    public double[] values() {
        double[] values = new double[features.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = features.get(i).value();
        }
        return values;
    }
}
