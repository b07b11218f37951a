package org.cpecwatch.enrich.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The successive matches of one concept over a whole text, found only as far as someone has asked: a mention needs
 * the first few, a count compared against another count can stop once the comparison is decided.
 */
final class TextMatches {

    private final Matcher matcher;
    /** Start and end offsets of the matches found so far, in pairs. */
    private final List<int[]> found = new ArrayList<>();
    private boolean exhausted;

    /** With {@code surelyNone} the text spells none of the concept's literal prefixes, so it has no match. */
    TextMatches(Pattern concept, String text, boolean surelyNone) {
        this.matcher = concept.matcher(text);
        this.exhausted = surelyNone;
    }

    /** The number of matches, counting no further than {@code atMost}. */
    int countUpTo(int atMost) {
        while (!exhausted && found.size() < atMost) {
            if (matcher.find()) {
                found.add(new int[] {matcher.start(), matcher.end()});
            } else {
                exhausted = true;
            }
        }
        return Math.min(found.size(), atMost);
    }

    int start(int match) {
        return found.get(match)[0];
    }

    int end(int match) {
        return found.get(match)[1];
    }
}
