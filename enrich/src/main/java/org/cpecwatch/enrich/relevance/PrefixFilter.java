package org.cpecwatch.enrich.relevance;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.regex.Pattern;

/**
 * Where in a text a concept's literal prefixes (see {@link LiteralPrefixes}) are spelled, compared as the regex
 * compares case-insensitively: a text char matches a pattern char when it, or its Unicode case fold, equals the
 * pattern char's fold. That accepts everything the regex would accept under any of its case modes, so a stretch of
 * text without an occurrence surely has no match, and the regex only runs where one is.
 */
final class PrefixFilter {

    /** Per concept, read once: patterns are compared by identity, and a reloaded ruleset's old ones may go. */
    private static final Map<Pattern, Optional<PrefixFilter>> BY_CONCEPT = Collections.synchronizedMap(new WeakHashMap<>());

    /** The folded prefixes by their first char, so a position is compared only with those that can start there. */
    private final Map<Character, char[][]> byFirstChar = new HashMap<>();
    private final BitSet firstChars = new BitSet();
    /** All folded prefixes in the order find compares them within a first char, for {@link PrefixTrie}. */
    private final List<char[]> folded = new ArrayList<>();

    private PrefixFilter(Iterable<String> prefixes) {
        Map<Character, List<char[]>> grouped = new HashMap<>();
        for (String prefix : prefixes) {
            char[] chars = new char[prefix.length()];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = fold(prefix.charAt(i));
            }
            folded.add(chars);
            grouped.computeIfAbsent(chars[0], c -> new ArrayList<>()).add(chars);
            firstChars.set(chars[0]);
        }
        grouped.forEach((first, list) -> byFirstChar.put(first, list.toArray(char[][]::new)));
    }

    static Optional<PrefixFilter> of(Pattern concept) {
        return BY_CONCEPT.computeIfAbsent(concept, c -> LiteralPrefixes.of(c)
                .filter(prefixes -> prefixes.stream().allMatch(PrefixFilter::foldsInPlane))
                .map(PrefixFilter::new));
    }

    /** The folded prefixes, in the order {@link #find} tries those that share a first char. */
    List<char[]> foldedPrefixes() {
        return Collections.unmodifiableList(folded);
    }

    /** A fold outside the basic plane would not fit the char comparison below; no known letter has one. */
    private static boolean foldsInPlane(String prefix) {
        return prefix.chars().allMatch(c -> Character.toLowerCase(Character.toUpperCase(c)) <= Character.MAX_VALUE);
    }

    /** The case fold the regex engine compares with under CASE_INSENSITIVE and UNICODE_CASE. */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        int folded = Character.toLowerCase(Character.toUpperCase((int) c));
        // Such a fold equals no pattern char of a prefix, so only the char itself can match: keep it.
        return folded <= Character.MAX_VALUE ? (char) folded : c;
    }

    /** The occurrences of the prefixes in a text whose folded chars are given, as [start, end) pairs in start order. */
    Occurrences find(String text, char[] foldedText) {
        Occurrences found = new Occurrences();
        for (int i = 0; i < foldedText.length; i++) {
            // The first char matches as the folded text char or as the text char itself, as in spelledAt.
            if (firstChars.get(foldedText[i])) {
                addSpelled(text, foldedText, i, byFirstChar.get(foldedText[i]), found);
            }
            if (text.charAt(i) != foldedText[i] && firstChars.get(text.charAt(i))) {
                addSpelled(text, foldedText, i, byFirstChar.get(text.charAt(i)), found);
            }
        }
        return found;
    }

    private static void addSpelled(String text, char[] foldedText, int at, char[][] prefixes, Occurrences into) {
        for (char[] prefix : prefixes) {
            if (spelledAt(text, foldedText, at, prefix)) {
                into.add(at, at + prefix.length);
            }
        }
    }

    private static boolean spelledAt(String text, char[] foldedText, int at, char[] prefix) {
        if (at + prefix.length > foldedText.length) {
            return false;
        }
        for (int j = 0; j < prefix.length; j++) {
            if (foldedText[at + j] != prefix[j] && text.charAt(at + j) != prefix[j]) {
                return false;
            }
        }
        return true;
    }
}
