package org.cpecwatch.enrich.relevance;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences (and lines, since headlines end without a full stop), keeping their offsets.
 *
 * <p>A boundary is a run of whitespace after '.', '!' or '?', or a run of line feeds: exactly what the regex
 * {@code (?<=[.!?])\s+|\n+} finds, scanned by hand because this runs on every article.
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
            // The regex tries its first alternative first, and that one takes every kind of whitespace, line feeds too.
            if (i > 0 && isStop(text.charAt(i - 1)) && isRegexSpace(c)) {
                while (end < n && isRegexSpace(text.charAt(end))) {
                    end++;
                }
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

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** The regex class {@code \s} without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
    private static boolean isRegexSpace(char c) {
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
