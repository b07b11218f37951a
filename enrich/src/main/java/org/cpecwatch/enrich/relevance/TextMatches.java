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
    /** Where matches can start (see PrefixFilter); null when anywhere. */
    private final Occurrences starts;
    private int searchFrom;

    TextMatches(Pattern concept, String text, Occurrences starts, ReadBudget budget) {
        this.matcher = concept.matcher(MeteredText.whole(text, budget));
        this.starts = starts;
    }

    /** The number of matches, counting no further than {@code atMost}. */
    int countUpTo(int atMost) {
        while (!exhausted && found.size() < atMost) {
            if (findNext()) {
                found.add(new int[] {matcher.start(), matcher.end()});
            } else {
                exhausted = true;
            }
        }
        return Math.min(found.size(), atMost);
    }

    /**
     * The next match, as find() would give it. With known starts the search begins at the next of them: no match
     * starts before it, and find(int) lets look-behinds see the whole text as find() does. Every such match spells a
     * prefix, so it is never empty, and the next search starts at its end, again as find() does.
     */
    private boolean findNext() {
        if (starts == null) {
            return matcher.find();
        }
        int next = starts.nextStart(searchFrom);
        if (next < 0 || !matcher.find(next)) {
            return false;
        }
        searchFrom = matcher.end();
        return true;
    }

    int start(int match) {
        return found.get(match)[0];
    }

    int end(int match) {
        return found.get(match)[1];
    }
}
