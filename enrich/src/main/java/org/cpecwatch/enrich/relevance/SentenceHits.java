package org.cpecwatch.enrich.relevance;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpecwatch.enrich.language.Sentences;

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
    private final String text;
    private final ReadBudget budget;
    private Matcher sliceMatcher;

    SentenceHits(Pattern concept, String text, List<Sentences.Sentence> sentences, Occurrences prefixes,
                 ReadBudget budget) {
        this.matcher = concept.matcher(MeteredText.whole(text, budget));
        this.sentences = sentences;
        this.answers = new byte[sentences.size()];
        this.prefixes = prefixes;
        this.text = text;
        this.budget = budget;
    }

    boolean matches(int sentence) {
        if (answers[sentence] == UNKNOWN) {
            Sentences.Sentence s = sentences.get(sentence);
            boolean found = prefixes == null ? matcher.region(s.start(), s.end()).find() : matchesAtAPrefix(s);
            answers[sentence] = found ? MATCHES : MISSES;
        }
        return answers[sentence] == MATCHES;
    }

    /**
     * find() on the sentence, tried only where a prefix occurs, since every match starts at one. The sentence is
     * matched as a sequence of its own, so with transparent, non-anchoring bounds a region from the prefix to its end
     * still lets look-behinds, \b and ^ see the sentence before it, and nothing outside the sentence: lookingAt()
     * there is the attempt find() makes at that position.
     */
    private boolean matchesAtAPrefix(Sentences.Sentence s) {
        if (sliceMatcher == null) {
            sliceMatcher = matcher.pattern().matcher("").useTransparentBounds(true).useAnchoringBounds(false);
        }
        MeteredText slice = new MeteredText(text, s.start(), s.end(), budget);
        sliceMatcher.reset(slice);
        for (int at = prefixes.nextStart(s.start()); at >= 0 && at < s.end(); at = prefixes.nextStart(at + 1)) {
            if (sliceMatcher.region(at - s.start(), slice.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** False when the sentence surely has no match: a match lies inside it, so the prefix it starts with does too. */
    boolean mayMatch(int sentence) {
        Sentences.Sentence s = sentences.get(sentence);
        return answers[sentence] != MISSES && (prefixes == null || prefixes.anyWithin(s.start(), s.end()));
    }
}
