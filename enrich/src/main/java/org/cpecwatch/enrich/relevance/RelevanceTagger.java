package org.cpecwatch.enrich.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cpecwatch.schemas.avro.Reason;
import org.cpecwatch.schemas.avro.Relevance;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.avro.Span;

/**
 * Scores how much an article is about the security of Chinese nationals, projects or institutions in Pakistan,
 * with the rules of a versioned {@link Ruleset}. Every point of the score comes with a reason that quotes its
 * evidence (offsets into the text), so an analyst can check it.
 */
public final class RelevanceTagger {

    private static final int MAX_QUOTES = 3;

    private final Ruleset ruleset;

    public RelevanceTagger() {
        this(RulesetLoader.loadDefault());
    }

    public RelevanceTagger(Ruleset ruleset) {
        this.ruleset = ruleset;
    }

    public String rulesetVersion() {
        return ruleset.version();
    }

    public Relevance tag(String text) {
        return tag(new ConceptIndex(ruleset, text));
    }

    /** Scores the text of an index built with this tagger's ruleset; the category tagger can reuse the index. */
    public Relevance tag(ConceptIndex index) {
        if (!index.isOf(ruleset)) {
            throw new IllegalArgumentException("the concept index was built with another ruleset");
        }
        List<Reason> reasons = new ArrayList<>();
        double score = 0;
        for (RuleSpec rule : ruleset.rules()) {
            List<Span> evidence = evidence(rule, index);
            if (evidence.isEmpty()) {
                continue;
            }
            int counted = rule.kind() == RuleSpec.Kind.SENTENCE || rule.kind() == RuleSpec.Kind.LEAD
                    ? Math.min(evidence.size(), rule.maxCount()) : 1;
            double weight = Math.round(rule.weight() * counted * 100) / 100.0;
            reasons.add(new Reason(rule.name(), rule.description(), weight, evidence));
            score += weight;
        }
        score = Math.max(0, Math.min(1, Math.round(score * 100) / 100.0));
        return new Relevance(score, label(score, reasons), ruleset.version(), reasons);
    }

    private List<Span> evidence(RuleSpec rule, ConceptIndex index) {
        List<String> concepts = rule.concepts();
        return switch (rule.kind()) {
            case SENTENCE -> index.sentencesWithAll(concepts, rule.unless(), index.sentenceCount(),
                    Math.max(rule.maxCount(), MAX_QUOTES));
            case LEAD -> index.sentencesWithAll(concepts, rule.unless(), lead(index), rule.maxCount());
            case MENTION -> index.firstMatches(concepts.get(0), MAX_QUOTES);
            case DOMINATES -> dominates(index, concepts.get(0), concepts.get(1))
                    ? index.firstMatches(concepts.get(0), MAX_QUOTES) : List.of();
        };
    }

    private int lead(ConceptIndex index) {
        int lead = Math.min(ruleset.leadSentences(), index.sentenceCount());
        if (lead < 0) {
            // As List.subList did before: a negative lead is a broken ruleset, not an empty lead.
            throw new IndexOutOfBoundsException("lead_sentences is negative: " + ruleset.leadSentences());
        }
        return lead;
    }

    /**
     * Whether the first concept occurs more often than the second. The second is counted only as far as the first's
     * count, where the answer is known, since it is often the far more frequent one.
     */
    private static boolean dominates(ConceptIndex index, String first, String second) {
        int firstCount = index.countUpTo(first, Integer.MAX_VALUE);
        return firstCount > index.countUpTo(second, firstCount);
    }

    /** A high score alone is not enough: the rules the ruleset requires must have fired too. */
    private RelevanceLabel label(double score, List<Reason> reasons) {
        Set<String> fired = reasons.stream().map(Reason::getRule).collect(Collectors.toSet());
        if (score >= ruleset.relevantAt() && fired.containsAll(ruleset.relevantRequires())) {
            return RelevanceLabel.RELEVANT;
        }
        return score >= ruleset.possiblyRelevantAt() ? RelevanceLabel.POSSIBLY_RELEVANT : RelevanceLabel.NOT_RELEVANT;
    }
}
