package org.cpecwatch.enrich.language;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences (and lines, since headlines end without a full stop), keeping their offsets.
 *
 * <p>A boundary is a run of whitespace after '.', '!' or '?' (or nothing, where a scraper glued two sentences:
 * "sector.He said"), unless the full stop closes an abbreviation ("Lt. Gen.",
 * "Dr.", "U.S.", "A. Khan", "Nov. 14": see {@link Abbreviations}), or a run of line feeds. A dateline ("ISLAMABAD, Oct
 * 07 (APP):") has no full stop of its own, so it stays with the lead sentence it introduces, as the relevance rules
 * read it; "Oct." in it holds before the day.
 *
 * <p>Why a hand scanner: on a hand-checked set of 30 passages full of titles, initials, acronyms and abbreviated
 * months (test resource {@code language/hand-checked-sentences.txt}: 18 from the dev corpus, some shortened, 12 written
 * in its style for cases it lacks; 16 true boundaries), and on speed over the 399 dev articles (the last of three
 * rounds, one core of a shared 2-core machine, 2026-12-04):
 * <pre>
 *   splitter                                      passages right  false splits  sentences/s  articles/s
 *   this scanner + Abbreviations                  30/30           0             ~3.9 M       ~170,000
 *   ICU4J 77.1 BreakIterator, filtered, our list  30/30           0             ~0.84 M       ~37,000
 *     (ICU's own English suppressions added:      25/30           5: "U.S.", "Lt. Gen.", initials)
 *   JDK BreakIterator + the same list             29/30           0             ~1.2 M        ~53,000
 *   the regex before, no list                      5/30          33             ~0.32 M       ~14,000
 * </pre>
 * ICU is as accurate only with our list, is 4-5 times slower and a 14 MB dependency; the JDK's misses "11 p.m. The".
 * The set was written together with the list, so its 30/30 is optimistic; the held-out corpus is the real test.
 */
public final class Sentences {

    /** A sentence as the offsets [start, end) of its text. */
    public record Sentence(int start, int end) {
    }

    private Sentences() {
    }

    public static List<Sentence> of(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int end = i;
            // Whitespace after a stop takes line feeds too; the run ends the sentence only if the stop does.
            if (i > 0 && isStop(text.charAt(i - 1)) && isSpace(c)) {
                boolean lineEnds = false;
                while (end < n && isSpace(text.charAt(end))) {
                    lineEnds |= text.charAt(end) == '\n';
                    end++;
                }
                if (!lineEnds && text.charAt(i - 1) == '.' && Abbreviations.closes(text, i - 1, end)) {
                    i = end;
                    continue;
                }
            } else if (c >= 'A' && c <= 'Z' && glued(text, i)) {
                add(text, start, i, sentences);
                start = i;
                i++;
                continue;
            } else if (c == '\n') {
                while (end < n && text.charAt(end) == '\n') {
                    end++;
                }
            } else {
                i++;
                continue;
            }
            add(text, start, i, sentences);
            start = end;
            i = end;
        }
        add(text, start, n, sentences);
        return sentences;
    }

    /**
     * A sentence a scraper glued to the one before, with no space after the full stop: "the sector.He said". Two
     * lower-case letters before the stop and a capitalised word after it rule out initials, "U.S.", "a.m." and
     * domain names.
     */
    private static boolean glued(String text, int i) {
        return i >= 3 && i + 1 < text.length() && text.charAt(i - 1) == '.'
                && Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i + 1))
                && Character.isLowerCase(text.charAt(i - 2)) && Character.isLowerCase(text.charAt(i - 3));
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** [ \t\n\x0B\f\r], as the regex class {@code \s} this scanner replaced. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void add(String text, int start, int end, List<Sentence> into) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            into.add(new Sentence(start, end));
        }
    }
}
