package org.cpecwatch.enrich.entities;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The successive matches of a regex, as {@link Matcher#find()} gives them, but tried only at positions where the
 * caller knows a match can start (an uppercase letter, the first letter of a title): find() tries the whole regex at
 * every position, which is most of its cost on text where such positions are few.
 *
 * <p>A match is tried with lookingAt() over a region from the position to the end, with transparent bounds so that
 * look-behinds and {@code \b} see the text before it, exactly as find() does at that position. The regex must not
 * match the empty string (find() would step past an empty match; this does not).
 */
final class SkippingFinder {

    private final Matcher matcher;
    private final String text;
    private final IntPredicate canStartAt;
    private int next;

    SkippingFinder(Pattern regex, String text, IntPredicate canStartAt) {
        this.matcher = regex.matcher(text).useTransparentBounds(true);
        this.text = text;
        this.canStartAt = canStartAt;
    }

    boolean find() {
        for (int at = next; at < text.length(); at++) {
            if (canStartAt.test(at) && matcher.region(at, text.length()).lookingAt()) {
                next = matcher.end();
                return true;
            }
        }
        next = text.length();
        return false;
    }

    int start() {
        return matcher.start();
    }

    int end() {
        return matcher.end();
    }
}
