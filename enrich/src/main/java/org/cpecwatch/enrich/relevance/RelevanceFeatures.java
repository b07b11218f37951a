package org.cpecwatch.enrich.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cpecwatch.schemas.avro.IncidentMention;
import org.cpecwatch.schemas.avro.Span;

/**
 * Reads an article's relevance features: one per ruleset rule, from the concept index, and two that only the whole
 * enrichment knows (whether an extracted incident harms Chinese nationals now, and the article's length).
 */
public final class RelevanceFeatures {

    public static final String CHINESE_VICTIMS_INCIDENT = "chinese-victims-incident";
    public static final String ARTICLE_LENGTH = "article-length";
    /** Names a ruleset rule may not take. */
    static final Set<String> COMPUTED = Set.of(CHINESE_VICTIMS_INCIDENT, ARTICLE_LENGTH);
    private static final String VICTIMS = "reports an incident whose victims are Chinese nationals";
    private static final int MAX_QUOTES = 3;

    private RelevanceFeatures() {
    }

    public static FeatureVector of(ConceptIndex index, List<IncidentMention> incidents) {
        Ruleset ruleset = index.ruleset();
        List<Feature> features = new ArrayList<>();
        for (RuleSpec rule : ruleset.rules()) {
            features.add(rule(rule, index, ruleset.leadSentences()));
        }
        features.add(chineseVictims(incidents));
        // Long pieces (speeches, readouts, reviews) mention Chinese security in passing more often than they are about
        // it; the logarithm keeps a 200-sentence speech from counting ten times a 20-sentence report.
        features.add(new Feature(ARTICLE_LENGTH, "the article's length (log of its sentence count)",
                StrictMath.log1p(index.sentenceCount()), List.of()));
        return new FeatureVector(features);
    }

    /** The names of the features {@link #of} reads with this ruleset, in its order. */
    public static List<String> names(Ruleset ruleset) {
        List<String> names = new ArrayList<>(ruleset.rules().stream().map(RuleSpec::name).toList());
        names.add(CHINESE_VICTIMS_INCIDENT);
        names.add(ARTICLE_LENGTH);
        return names;
    }

    static Feature rule(RuleSpec rule, ConceptIndex index, int leadSentences) {
        List<String> concepts = rule.concepts();
        int sentences = index.sentenceCount();
        return switch (rule.kind()) {
            case SENTENCE -> counted(rule, index.sentencesWithAll(concepts, rule.unless(), sentences,
                    Math.max(rule.maxCount(), MAX_QUOTES)));
            case LEAD -> counted(rule, index.sentencesWithAll(concepts, rule.unless(),
                    lead(leadSentences, sentences), rule.maxCount()));
            case HEADLINE -> counted(rule, index.sentencesWithAll(concepts, rule.unless(), Math.min(1, sentences), 1));
            case SHARE -> {
                int holding = index.countSentencesWithAll(concepts, rule.unless());
                yield new Feature(rule.name(), rule.description(), sentences == 0 ? 0 : (double) holding / sentences,
                        holding == 0 ? List.of() : index.sentencesWithAll(concepts, rule.unless(), sentences, MAX_QUOTES));
            }
            case ONLY -> {
                List<Span> all = index.sentencesWithAll(concepts, List.of(), sentences, MAX_QUOTES);
                boolean only = !all.isEmpty() && index.countSentencesWithAll(concepts, rule.unless()) == 0;
                yield flag(rule, only ? all : List.of());
            }
            case MENTION -> flag(rule, index.firstMatches(concepts.get(0), MAX_QUOTES));
            case DOMINATES -> flag(rule, dominates(index, concepts.get(0), concepts.get(1))
                    ? index.firstMatches(concepts.get(0), MAX_QUOTES) : List.of());
        };
    }

    private static Feature counted(RuleSpec rule, List<Span> evidence) {
        return new Feature(rule.name(), rule.description(), Math.min(evidence.size(), rule.maxCount()), evidence);
    }

    private static Feature flag(RuleSpec rule, List<Span> evidence) {
        return new Feature(rule.name(), rule.description(), evidence.isEmpty() ? 0 : 1, evidence);
    }

    /** The loader refuses a negative lead_sentences. */
    private static int lead(int leadSentences, int sentences) {
        return Math.min(leadSentences, sentences);
    }

    /**
     * Whether the first concept occurs more often than the second. The second is counted only as far as the first's
     * count, where the answer is known, since it is often the far more frequent one.
     */
    private static boolean dominates(ConceptIndex index, String first, String second) {
        int firstCount = index.countUpTo(first, Integer.MAX_VALUE);
        return firstCount > index.countUpTo(second, firstCount);
    }

    /** An incident the extractor reads as news (not history) whose victims or target are Chinese nationals. */
    private static Feature chineseVictims(List<IncidentMention> incidents) {
        for (IncidentMention m : incidents) {
            boolean chinese = "CHINESE_NATIONALS".equals(m.getTarget())
                    || m.getKilledByNationality().containsKey("Chinese")
                    || m.getInjuredByNationality().containsKey("Chinese");
            if (chinese && !m.getBackground() && !m.getEvidence().isEmpty()) {
                return new Feature(CHINESE_VICTIMS_INCIDENT, VICTIMS, 1, List.of(m.getEvidence().get(0)));
            }
        }
        return new Feature(CHINESE_VICTIMS_INCIDENT, VICTIMS, 0, List.of());
    }
}
