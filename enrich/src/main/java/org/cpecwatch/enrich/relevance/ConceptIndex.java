package org.cpecwatch.enrich.relevance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.cpecwatch.enrich.language.Sentences;
import org.cpecwatch.schemas.avro.Span;

/**
 * Where the concepts of a ruleset occur in one article, worked out lazily and at most once, so the relevance and the
 * category taggers can share the regex work: both ask the same questions of the same sentences.
 */
public final class ConceptIndex {

    private final Ruleset ruleset;
    private final Map<String, Pattern> concepts;
    private final String text;
    private final List<Sentences.Sentence> sentences;
    private final Map<String, SentenceHits> bySentence = new HashMap<>();
    private final Map<String, TextMatches> inText = new HashMap<>();
    /** Per concept, shared by its sentence and whole-text matching: the work it may do on this article. */
    private final Map<String, ReadBudget> budgets = new HashMap<>();
    private final PrefixTrie prefixTrie;
    /** Per trie slot, where the concept's literal prefixes occur; found for all concepts at the first request. */
    private Occurrences[] prefixes;
    private char[] foldedText;

    public ConceptIndex(Ruleset ruleset, String text) {
        this.ruleset = ruleset;
        this.concepts = ruleset.concepts();
        this.text = text;
        this.sentences = Sentences.of(text);
        this.prefixTrie = PrefixTrie.of(concepts);
    }

    /** True when this index answers with the concepts of that ruleset (a reload brings new ones). */
    boolean isOf(Ruleset ruleset) {
        return ruleset.concepts() == concepts;
    }

    Ruleset ruleset() {
        return ruleset;
    }

    int sentenceCount() {
        return sentences.size();
    }

    /**
     * Among the first {@code sentenceLimit} sentences, the first {@code limit} that every concept matches, quoted as
     * evidence. A sentence is tried against the concepts in order and dropped at the first that misses.
     */
    List<Span> sentencesWithAll(List<String> names, int sentenceLimit, int limit) {
        return sentencesWithAll(names, List.of(), sentenceLimit, limit);
    }

    /** As {@link #sentencesWithAll(List, int, int)}, leaving out sentences that any {@code unless} concept matches. */
    List<Span> sentencesWithAll(List<String> names, List<String> unless, int sentenceLimit, int limit) {
        List<SentenceHits> hits = names.stream().map(this::hits).toList();
        List<SentenceHits> vetoes = unless.stream().map(this::hits).toList();
        List<Span> found = new ArrayList<>();
        for (int i = 0; i < sentenceLimit; i++) {
            if (matchesAll(hits, i) && matchesNone(vetoes, i)) {
                Sentences.Sentence s = sentences.get(i);
                found.add(new Span(s.start(), s.end(), text.substring(s.start(), s.end())));
                if (found.size() >= limit) {
                    break;
                }
            }
        }
        return found;
    }

    /** How many sentences hold every concept and no {@code unless} concept. */
    int countSentencesWithAll(List<String> names, List<String> unless) {
        List<SentenceHits> hits = names.stream().map(this::hits).toList();
        List<SentenceHits> vetoes = unless.stream().map(this::hits).toList();
        int count = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (matchesAll(hits, i) && matchesNone(vetoes, i)) {
                count++;
            }
        }
        return count;
    }

    /** The first {@code limit} matches of a concept anywhere in the text. */
    List<Span> firstMatches(String name, int limit) {
        TextMatches matches = matches(name);
        int n = matches.countUpTo(limit);
        List<Span> spans = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            spans.add(new Span(matches.start(i), matches.end(i), text.substring(matches.start(i), matches.end(i))));
        }
        return spans;
    }

    /** How often a concept matches in the text, counting no further than {@code atMost}. */
    int countUpTo(String name, int atMost) {
        return matches(name).countUpTo(atMost);
    }

    private static boolean matchesAll(List<SentenceHits> hits, int sentence) {
        // The cheap prefix checks of all concepts first: any one that rules the sentence out saves every regex.
        for (SentenceHits concept : hits) {
            if (!concept.mayMatch(sentence)) {
                return false;
            }
        }
        for (SentenceHits concept : hits) {
            if (!concept.matches(sentence)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesNone(List<SentenceHits> vetoes, int sentence) {
        for (SentenceHits veto : vetoes) {
            if (veto.mayMatch(sentence) && veto.matches(sentence)) {
                return false;
            }
        }
        return true;
    }

    private SentenceHits hits(String name) {
        return bySentence.computeIfAbsent(name, n -> new SentenceHits(concepts.get(n), text, sentences, prefixes(n),
                budget(n)));
    }

    private TextMatches matches(String name) {
        return inText.computeIfAbsent(name, n -> new TextMatches(concepts.get(n), text, prefixes(n), budget(n)));
    }

    private ReadBudget budget(String name) {
        return budgets.computeIfAbsent(name, n -> ReadBudget.forText(n, text.length()));
    }

    /** Where a concept's literal prefixes occur; null for a concept that has none to offer. */
    private Occurrences prefixes(String name) {
        int slot = prefixTrie.slot(name);
        if (slot < 0) {
            return null;
        }
        if (prefixes == null) {
            // One pass over the text serves every concept: a pass per concept cost more than all the regex work.
            prefixes = prefixTrie.find(text, foldedText());
        }
        return prefixes[slot];
    }

    private char[] foldedText() {
        if (foldedText == null) {
            foldedText = text.toCharArray();
            for (int i = 0; i < foldedText.length; i++) {
                // Most chars are lower-case ASCII, their own fold: skip the call for them.
                char c = foldedText[i];
                if (c >= 128 || (c >= 'A' && c <= 'Z')) {
                    foldedText[i] = PrefixFilter.fold(c);
                }
            }
        }
        return foldedText;
    }
}
