package org.cpecwatch.enrich.relevance;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A versioned relevance model: named concepts, weighted rules over them, and the score thresholds of each label. */
public record Ruleset(String version, Map<String, Pattern> concepts, int leadSentences, List<RuleSpec> rules,
                      List<CategoryRule> categories, double relevantAt, double possiblyRelevantAt,
                      List<String> relevantRequires) {
}
