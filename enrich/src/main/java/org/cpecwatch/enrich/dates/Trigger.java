package org.cpecwatch.enrich.dates;

import java.util.List;
import java.util.Set;

/**
 * Where a rule's matches can start, so it is tried only there instead of at every character (a case-insensitive
 * regex gets no literal skip-ahead from the engine, and sixteen of them over a whole article were the enricher's main
 * cost).
 *
 * <p>A match starts either on a word of {@code startWords} or, when {@code digitStart}, on the first digit of a run of
 * ASCII digits. Every word listed here is written, inside any match, as a whole run of ASCII letters: each rule puts
 * {@code \b}, {@code \s}, {@code [\s-]} or {@code (?<!\d)} before it and {@code (?![a-z])}, {@code \b}, {@code \s} or a
 * punctuation look-ahead after it. So looking words up as whole runs finds every place a match can start.
 *
 * <p>{@code requires}: for each set, one of its words must occur as such a run somewhere in the text, or the rule
 * cannot match at all ("3 days ago" needs "ago"); it is skipped.
 */
record Trigger(Set<String> startWords, boolean digitStart, List<Set<String>> requires) {

    static Trigger words(Set<String> startWords) {
        return new Trigger(startWords, false, List.of());
    }

    static Trigger digits() {
        return new Trigger(Set.of(), true, List.of());
    }

    @SafeVarargs
    final Trigger requiring(Set<String>... words) {
        return new Trigger(startWords, digitStart, List.of(words));
    }

    Trigger orDigits() {
        return new Trigger(startWords, true, requires);
    }
}
