package org.cpecwatch.enrich.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fitted logistic regression over named features: log-odds = bias + Σ weight × value, in the features' own units,
 * so that weight × value is the share of the score a feature can be quoted for.
 */
public record LogisticModel(double bias, Map<String, Double> weights) {

    public LogisticModel {
        weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    public double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    public static double probability(double logOdds) {
        return 1 / (1 + Math.exp(-logOdds));
    }
}
