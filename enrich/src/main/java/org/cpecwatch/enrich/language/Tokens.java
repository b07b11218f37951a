package org.cpecwatch.enrich.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The words of a text with their offsets, lower case and stem: "Attacks" at [4, 11) is "attacks", stem "attack".
 *
 * <p>A word is a run of letters and digits; an apostrophe inside one stays ("don't"), a possessive "'s" or "’s" is
 * left out ("Pakistan’s" is "pakistan"). Stems come from Lucene's Snowball English (Porter2) stemmer, which, unlike
 * the classic Porter one, leaves "news" and "generally" recognisable and is what Lucene's English analysis uses.
 * Lucene's minimal stemmer, which only undoes plurals, tells whether a word is a plural.
 */
public final class Tokens {

    /** A word at [start, end) of the text, lower-cased with {@link Locale#ROOT}, and its stem. */
    public record Token(int start, int end, String lower, String stem) {
    }

    /** Snowball stemmers keep their word in fields, so each thread has its own. */
    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);
    /** Stateless: it stems the buffer it is handed. */
    private static final EnglishMinimalStemmer SINGULAR = new EnglishMinimalStemmer();

    private Tokens() {
    }

    public static List<Token> of(String text) {
        return of(text, 0, text.length());
    }

    /** The words inside [start, end) of {@code text}, offsets into {@code text}. */
    public static List<Token> of(String text, int start, int end) {
        List<Token> tokens = new ArrayList<>();
        int i = start;
        while (i < end) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int wordStart = i;
            while (i < end && (Character.isLetterOrDigit(text.charAt(i)) || innerApostrophe(text, i, end))) {
                i++;
            }
            String lower = text.substring(wordStart, i).toLowerCase(Locale.ROOT);
            tokens.add(new Token(wordStart, i, lower, stem(lower)));
            if (possessive(text, i, end)) {
                i += 2;
            }
        }
        return tokens;
    }

    /** The stem of a lower-case word: "killed" and "killing" give "kill", "injuries" "injuri". */
    public static String stem(String lower) {
        EnglishStemmer stemmer = STEMMER.get();
        stemmer.setCurrent(lower);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** Whether a word is an English plural: "attacks" and "bombings" are, "gunmen", "press" and "Chinese" not. */
    public static boolean isPlural(String word) {
        char[] chars = word.toLowerCase(Locale.ROOT).toCharArray();
        return SINGULAR.stem(chars, chars.length) < chars.length;
    }

    /** An apostrophe between letters that is not a possessive: "don't" stays one word. */
    private static boolean innerApostrophe(String text, int i, int end) {
        return isApostrophe(text.charAt(i)) && i > 0 && Character.isLetter(text.charAt(i - 1)) && i + 1 < end
                && Character.isLetter(text.charAt(i + 1)) && !possessive(text, i, end);
    }

    /** "'s" or "’s" at {@code i}, ending a word. */
    private static boolean possessive(String text, int i, int end) {
        return i + 1 < end && isApostrophe(text.charAt(i)) && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 >= end || !Character.isLetterOrDigit(text.charAt(i + 2)));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
