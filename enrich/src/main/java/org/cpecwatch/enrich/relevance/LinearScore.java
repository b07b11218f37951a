package org.cpecwatch.enrich.relevance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpecwatch.enrich.model.LogisticModel;

/**
 * The weights one scoring uses: the trained model's, except where the ruleset sets a rule's weight by hand. Built
 * once per tagger, so a feature the model does not know and the ruleset gives no weight is refused at load, not
 * silently scored as zero.
 */
final class LinearScore {

    private final double bias;
    private final Map<String, Double> weights;

    private LinearScore(double bias, Map<String, Double> weights) {
        this.bias = bias;
        this.weights = weights;
    }

    /** @param handSet weights set by hand in the ruleset, by feature name; they win over the model's */
    static LinearScore of(LogisticModel model, List<String> features, Map<String, Double> handSet, String what) {
        Map<String, Double> weights = new HashMap<>();
        for (String feature : features) {
            if (handSet.containsKey(feature)) {
                weights.put(feature, handSet.get(feature));
            } else if (model.weights().containsKey(feature)) {
                weights.put(feature, model.weights().get(feature));
            } else {
                throw new IllegalArgumentException("the " + what + " model has no weight for feature " + feature
                        + " and the ruleset sets none: give the rule a weight, or train a model with cpecwatch train");
            }
        }
        return new LinearScore(model.bias(), weights);
    }

    double contribution(Feature feature) {
        return weights.getOrDefault(feature.name(), 0.0) * feature.value();
    }

    double logOdds(FeatureVector features) {
        double sum = bias;
        for (Feature f : features.features()) {
            sum += contribution(f);
        }
        return sum;
    }
}
