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

    SentenceHits(Pattern concept, String text, List<Sentences.Sentence> sentences) {
        this.matcher = concept.matcher(text);
        this.sentences = sentences;
        this.answers = new byte[sentences.size()];
    }

    boolean matches(int sentence) {
        if (answers[sentence] == UNKNOWN) {
            Sentences.Sentence s = sentences.get(sentence);
            answers[sentence] = matcher.region(s.start(), s.end()).find() ? MATCHES : MISSES;
        }
        return answers[sentence] == MATCHES;
    }
}
