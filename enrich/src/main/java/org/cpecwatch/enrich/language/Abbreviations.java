package org.cpecwatch.enrich.language;

import java.util.Locale;
import java.util.Set;

/**
 * Full stops that do not end a sentence: after a title ("Lt. Gen.", "Dr."), an initial ("A. Khan"), a dotted acronym
 * ("U.S.", "i.e.") or, before a number, an abbreviated month or "No." ("Nov. 14", "No. 5").
 */
final class Abbreviations {

    /** Never end a sentence: a name or a phrase always follows them. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "messrs", "dr", "prof", "engr", "gen", "lt",
            "col", "maj", "capt", "brig", "sgt", "cpl", "adm", "gov", "govt", "sen", "rep", "hon", "rev", "st", "mt",
            "vs", "approx", "dept", "est");
    /** End a sentence unless a number follows: "in Nov." ends one, "Nov. 14" does not. */
    private static final Set<String> BEFORE_NUMBERS = Set.of("no", "nos", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "rs", "art", "vol", "para", "sec", "p", "pp", "fig");
    /** The longest word worth looking up; anything longer is not an abbreviation. */
    private static final int LONGEST = 7;

    private Abbreviations() {
    }

    /** Whether the full stop at {@code dot} closes an abbreviation, given the text that follows from {@code next}. */
    static boolean closes(String text, int dot, int next) {
        int start = dot;
        while (start > 0 && isWordPart(text.charAt(start - 1))) {
            start--;
        }
        int length = dot - start;
        if (length == 0 || length > LONGEST) {
            return false;
        }
        if (length == 1 && Character.isUpperCase(text.charAt(start))) {
            return true;
        }
        if (text.charAt(dot - 1) != '.' && text.indexOf('.', start) < dot) {
            return dottedAcronym(text, start, dot, next);
        }
        String word = text.substring(start, dot).toLowerCase(Locale.ROOT);
        if (TITLES.contains(word)) {
            return true;
        }
        return BEFORE_NUMBERS.contains(word) && next < text.length() && Character.isDigit(text.charAt(next));
    }

    /**
     * "U.S.", "e.g.": letters with full stops between them. "a.m." and "p.m." often end a sentence, so they hold it
     * together only before a lower-case word.
     */
    private static boolean dottedAcronym(String text, int start, int dot, int next) {
        String word = text.substring(start, dot).toLowerCase(Locale.ROOT);
        for (String part : word.split("\\.")) {
            // "day.He" is two sentences run together by a careless scraper, not an acronym.
            if (part.isEmpty() || part.length() > 2) {
                return false;
            }
        }
        if (word.equals("a.m") || word.equals("p.m")) {
            return next < text.length() && Character.isLowerCase(text.charAt(next));
        }
        return true;
    }

    /** Letters, and the inner full stops of a dotted acronym. */
    private static boolean isWordPart(char c) {
        return Character.isLetter(c) || c == '.';
    }
}
