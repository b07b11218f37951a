package org.cpecwatch.enrich.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted logistic regression over named features: log-odds = bias + Σ weight × value, in the features' own units,
 * so that weight × value is the share of the score a feature can be quoted for.
 */
public record LogisticModel(double bias, Map<String, Double> weights) {

    public LogisticModel {
        if (!Double.isFinite(bias) || weights.values().stream().anyMatch(w -> !Double.isFinite(w))) {
            throw new IllegalArgumentException("a model's bias and weights must be finite numbers");
        }
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    public double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    /** The log-odds of a row of feature values, named in column order; a feature the model lacks weighs nothing. */
    public double logOdds(List<String> names, double[] row) {
        double sum = bias;
        for (int j = 0; j < row.length; j++) {
            sum += weight(names.get(j)) * row[j];
        }
        return sum;
    }

    /** StrictMath, not Math: the same bits on every machine, so a model trained anywhere is the same file. */
    public static double probability(double logOdds) {
        return 1 / (1 + StrictMath.exp(-logOdds));
    }
}
