package org.cpecwatch.enrich.relevance;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which sentences of one text a concept matches, each answered at most once and only when asked: several rules and
 * categories ask about the same concept, and most of them stop after a few sentences.
 *
 * <p>The matcher runs over the whole text restricted to the sentence's region. With the default opaque and anchoring
 * bounds a region behaves exactly like the substring it covers ({@code \b}, look-arounds, {@code ^} and {@code $} see
 * nothing outside it), so the answers are those of matching {@code text.substring(start, end)}, without the copy.
 */
final class SentenceHits {

    private static final byte UNKNOWN = 0;
    private static final byte MATCHES = 1;
    private static final byte MISSES = 2;

    private final Matcher matcher;
    private final List<Sentences.Sentence> sentences;
    private final byte[] answers;
    /** Where the concept's literal prefixes occur; null when it has none to offer. */
    private final Occurrences prefixes;

    SentenceHits(Pattern concept, String text, List<Sentences.Sentence> sentences, Occurrences prefixes) {
        this.matcher = concept.matcher(text);
        this.sentences = sentences;
        this.answers = new byte[sentences.size()];
        this.prefixes = prefixes;
    }

    boolean matches(int sentence) {
        if (answers[sentence] == UNKNOWN) {
            Sentences.Sentence s = sentences.get(sentence);
            answers[sentence] = mayMatch(sentence) && matcher.region(s.start(), s.end()).find() ? MATCHES : MISSES;
        }
        return answers[sentence] == MATCHES;
    }

    /** False when the sentence surely has no match: a match lies inside it, so the prefix it starts with does too. */
    boolean mayMatch(int sentence) {
        Sentences.Sentence s = sentences.get(sentence);
        return answers[sentence] != MISSES && (prefixes == null || prefixes.anyWithin(s.start(), s.end()));
    }
}
