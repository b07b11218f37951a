package org.cpecwatch.enrich.relevance;

import java.util.List;

/**
 * One weighted rule of the ruleset.
 *
 * @param kind     SENTENCE: all concepts in one sentence, counted per sentence; LEAD: the same within the lead;
 *                 MENTION: the (one) concept anywhere; DOMINATES: the first concept occurs more often than the second
 * @param maxCount how many matches count towards the score (weight × count)
 * @param unless   concepts that keep a sentence from counting (SENTENCE and LEAD rules)
 */
public record RuleSpec(String name, String description, Kind kind, List<String> concepts, List<String> unless,
                       double weight, int maxCount) {

    public enum Kind { SENTENCE, LEAD, MENTION, DOMINATES }
}
