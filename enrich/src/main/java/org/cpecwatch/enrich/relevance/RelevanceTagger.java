package org.cpecwatch.enrich.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        List<Sentences.Sentence> sentences = Sentences.of(text);
        List<Reason> reasons = new ArrayList<>();
        double score = 0;
        for (RuleSpec rule : ruleset.rules()) {
            List<Span> evidence = evidence(rule, text, sentences);
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

    private List<Span> evidence(RuleSpec rule, String text, List<Sentences.Sentence> sentences) {
        List<Pattern> concepts = rule.concepts().stream().map(ruleset.concepts()::get).toList();
        List<Pattern> unless = rule.unless().stream().map(ruleset.concepts()::get).toList();
        return switch (rule.kind()) {
            case SENTENCE -> Sentences.withAll(text, sentences, concepts, unless, Math.max(rule.maxCount(), MAX_QUOTES));
            case LEAD -> Sentences.withAll(text, sentences.subList(0, Math.min(ruleset.leadSentences(), sentences.size())),
                    concepts, unless, rule.maxCount());
            case MENTION -> matches(text, concepts.get(0), MAX_QUOTES);
            case DOMINATES -> count(text, concepts.get(0)) > count(text, concepts.get(1))
                    ? matches(text, concepts.get(0), MAX_QUOTES) : List.of();
        };
    }

    private static List<Span> matches(String text, Pattern concept, int limit) {
        List<Span> found = new ArrayList<>();
        Matcher m = concept.matcher(text);
        while (m.find() && found.size() < limit) {
            found.add(new Span(m.start(), m.end(), m.group()));
        }
        return found;
    }

    private static int count(String text, Pattern concept) {
        int n = 0;
        Matcher m = concept.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
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
