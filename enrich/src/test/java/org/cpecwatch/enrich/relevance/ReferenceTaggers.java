package org.cpecwatch.enrich.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cpecwatch.enrich.language.Sentences;
import org.cpecwatch.schemas.avro.CategoryTag;
import org.cpecwatch.schemas.avro.Reason;
import org.cpecwatch.schemas.avro.Relevance;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.avro.Span;

/**
 * The taggers as they were before the concept index: every rule re-runs its regexes on a copy of every sentence.
 * Slow and obviously right, so the fast taggers are tested against it with any ruleset.
 */
final class ReferenceTaggers {

    private final Ruleset ruleset;

    ReferenceTaggers(Ruleset ruleset) {
        this.ruleset = ruleset;
    }

    Relevance relevance(String text) {
        List<Sentences.Sentence> sentences = Sentences.of(text);
        List<Reason> reasons = new ArrayList<>();
        double score = 0;
        for (RuleSpec rule : ruleset.rules()) {
            List<Pattern> concepts = patterns(rule.concepts());
            List<Pattern> unless = patterns(rule.unless());
            List<Span> evidence = switch (rule.kind()) {
                case SENTENCE -> withAll(text, sentences, concepts, unless, Math.max(rule.maxCount(), 3));
                case LEAD -> withAll(text, sentences.subList(0, Math.min(ruleset.leadSentences(), sentences.size())),
                        concepts, unless, rule.maxCount());
                case MENTION -> matches(text, concepts.get(0));
                case DOMINATES -> count(text, concepts.get(0)) > count(text, concepts.get(1))
                        ? matches(text, concepts.get(0)) : List.of();
            };
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
        var fired = reasons.stream().map(Reason::getRule).collect(Collectors.toSet());
        RelevanceLabel label = score >= ruleset.relevantAt() && fired.containsAll(ruleset.relevantRequires())
                ? RelevanceLabel.RELEVANT
                : score >= ruleset.possiblyRelevantAt() ? RelevanceLabel.POSSIBLY_RELEVANT : RelevanceLabel.NOT_RELEVANT;
        return new Relevance(score, label, ruleset.version(), reasons);
    }

    List<CategoryTag> categories(String text) {
        List<Sentences.Sentence> sentences = Sentences.of(text);
        List<CategoryTag> tags = new ArrayList<>();
        for (CategoryRule rule : ruleset.categories()) {
            List<Sentences.Sentence> considered = rule.withinSentences() == 0 ? sentences
                    : sentences.subList(0, Math.min(rule.withinSentences(), sentences.size()));
            List<Span> evidence = withAll(text, considered, patterns(rule.concepts()), patterns(rule.unless()), 3);
            if (!evidence.isEmpty()) {
                tags.add(new CategoryTag(rule.category(), evidence));
            }
        }
        return tags;
    }

    private List<Pattern> patterns(List<String> names) {
        return names.stream().map(ruleset.concepts()::get).toList();
    }

    private static List<Span> withAll(String text, List<Sentences.Sentence> sentences, List<Pattern> patterns,
                                      List<Pattern> unless, int limit) {
        List<Span> found = new ArrayList<>();
        for (Sentences.Sentence s : sentences) {
            String sentence = text.substring(s.start(), s.end());
            if (patterns.stream().allMatch(p -> p.matcher(sentence).find())
                    && unless.stream().noneMatch(p -> p.matcher(sentence).find())) {
                found.add(new Span(s.start(), s.end(), sentence));
                if (found.size() >= limit) {
                    break;
                }
            }
        }
        return found;
    }

    private static List<Span> matches(String text, Pattern concept) {
        List<Span> found = new ArrayList<>();
        Matcher m = concept.matcher(text);
        while (m.find() && found.size() < 3) {
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
}
