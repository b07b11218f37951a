package org.cpecwatch.enrich.relevance;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One readable feature of the ruleset: how strongly an article shows a pattern of its concepts.
 *
 * @param kind     SENTENCE: sentences holding all concepts, counted up to maxCount; LEAD: the same within the lead;
 *                 HEADLINE: 1 when the first line holds them; SHARE: the fraction of sentences that hold them;
 *                 ONLY: 1 when some sentence holds all concepts and every such sentence also holds one of the
 *                 {@code unless} concepts ("every sentence on Chinese security is an assurance");
 *                 MENTION: 1 when the (one) concept occurs anywhere; DOMINATES: 1 when the first concept occurs more
 *                 often than the second
 * @param unless   concepts that keep a sentence from counting (sentence-based kinds); for ONLY, the qualifier
 * @param weight   a hand-set weight that overrides the trained model's; empty: the model's weight counts
 */
public record RuleSpec(String name, String description, Kind kind, List<String> concepts, List<String> unless,
                       OptionalDouble weight, int maxCount) {

    public enum Kind {
        SENTENCE, LEAD, HEADLINE, SHARE, ONLY, MENTION, DOMINATES;

        boolean readsSentences() {
            return this != MENTION && this != DOMINATES;
        }
    }
}
