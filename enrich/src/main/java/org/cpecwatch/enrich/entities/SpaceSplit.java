package org.cpecwatch.enrich.entities;

import java.util.ArrayList;
import java.util.List;

/** {@code s.split("\\s+")} by a char scan: the name finder split every candidate name with a regex. */
final class SpaceSplit {

    private SpaceSplit() {
    }

    /**
     * The same pieces as {@code s.split("\\s+")}: the whole string when it has no whitespace; an empty first piece
     * when it starts with whitespace (a match of non-zero width at 0); empty pieces at the end dropped.
     */
    static String[] of(String s) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            if (isRegexSpace(s.charAt(i))) {
                int end = i + 1;
                while (end < s.length() && isRegexSpace(s.charAt(end))) {
                    end++;
                }
                pieces.add(s.substring(start, i));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        if (pieces.isEmpty()) {
            return new String[] {s};
        }
        pieces.add(s.substring(start));
        int size = pieces.size();
        while (size > 0 && pieces.get(size - 1).isEmpty()) {
            size--;
        }
        return pieces.subList(0, size).toArray(String[]::new);
    }

    /** The regex class {@code \s} without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
