package org.cpecwatch.enrich.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpecwatch.enrich.language.Sentences;
import org.cpecwatch.schemas.avro.Span;

/**
 * The rule and category features as they would be read without the concept index: every rule re-runs its regexes on
 * a copy of every sentence. Slow and obviously right, so the fast reading is tested against it with any ruleset.
 */
final class ReferenceFeatures {

    private final Ruleset ruleset;

    ReferenceFeatures(Ruleset ruleset) {
        this.ruleset = ruleset;
    }

    List<Feature> rules(String text) {
        List<Sentences.Sentence> sentences = Sentences.of(text);
        List<Feature> features = new ArrayList<>();
        for (RuleSpec rule : ruleset.rules()) {
            List<Pattern> concepts = patterns(rule.concepts());
            List<Pattern> unless = patterns(rule.unless());
            int lead = Math.min(ruleset.leadSentences(), sentences.size());
            features.add(switch (rule.kind()) {
                case SENTENCE -> counted(rule, withAll(text, sentences, concepts, unless, Math.max(rule.maxCount(), 3)));
                case LEAD -> counted(rule, withAll(text, sentences.subList(0, lead), concepts, unless, rule.maxCount()));
                case HEADLINE -> counted(rule, withAll(text, sentences.subList(0, Math.min(1, sentences.size())),
                        concepts, unless, 1));
                case SHARE -> {
                    List<Span> all = withAll(text, sentences, concepts, unless, Integer.MAX_VALUE);
                    yield new Feature(rule.name(), rule.description(),
                            sentences.isEmpty() ? 0 : (double) all.size() / sentences.size(),
                            all.subList(0, Math.min(3, all.size())));
                }
                case ONLY -> {
                    List<Span> all = withAll(text, sentences, concepts, List.of(), 3);
                    boolean qualified = withAll(text, sentences, concepts, unless, 1).isEmpty();
                    yield flag(rule, !all.isEmpty() && qualified ? all : List.of());
                }
                case MENTION -> flag(rule, matches(text, concepts.get(0)));
                case DOMINATES -> flag(rule, count(text, concepts.get(0)) > count(text, concepts.get(1))
                        ? matches(text, concepts.get(0)) : List.of());
            });
        }
        return features;
    }

    List<Feature> categories(String text) {
        List<Sentences.Sentence> sentences = Sentences.of(text);
        List<Feature> features = new ArrayList<>();
        for (CategoryRule rule : ruleset.categories()) {
            List<Sentences.Sentence> considered = rule.withinSentences() == 0 ? sentences
                    : sentences.subList(0, Math.min(rule.withinSentences(), sentences.size()));
            List<Span> evidence = withAll(text, considered, patterns(rule.concepts()), patterns(rule.unless()), 3);
            features.add(new Feature(CategoryFeatures.name(rule), rule.description(), evidence.size(), evidence));
        }
        return features;
    }

    private static Feature counted(RuleSpec rule, List<Span> evidence) {
        return new Feature(rule.name(), rule.description(), Math.min(evidence.size(), rule.maxCount()), evidence);
    }

    private static Feature flag(RuleSpec rule, List<Span> evidence) {
        return new Feature(rule.name(), rule.description(), evidence.isEmpty() ? 0 : 1, evidence);
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
