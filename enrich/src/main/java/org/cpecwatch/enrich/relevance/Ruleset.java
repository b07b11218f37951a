package org.cpecwatch.enrich.relevance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * A versioned set of readable features: named concepts, the rules that turn them into feature values, and the
 * category rules. The weights live in the trained model; {@code relevantAt} and {@code possiblyRelevantAt} override the
 * model's probability thresholds when a ruleset sets them.
 */
public record Ruleset(String version, Map<String, Pattern> concepts, int leadSentences, List<RuleSpec> rules,
                      List<CategoryRule> categories, OptionalDouble relevantAt, OptionalDouble possiblyRelevantAt,
                      List<String> relevantRequires) {

    /** The weights the ruleset sets by hand, by rule name: they win over a model's, and training leaves them be. */
    public Map<String, Double> handSetWeights() {
        Map<String, Double> weights = new HashMap<>();
        rules.forEach(r -> r.weight().ifPresent(w -> weights.put(r.name(), w)));
        return weights;
    }
}
