package org.cpecwatch.enrich.text;

/** Word counts by a char scan: the cleaner and the title finder count words on every line of every article. */
final class Words {

    private Words() {
    }

    /**
     * Exactly {@code line.isEmpty() ? 0 : line.split("\\s+").length}, without the regex and the array: split keeps an
     * empty first piece when the line starts with whitespace, and drops empty pieces at the end (so an all-whitespace
     * line has no words).
     */
    static int count(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = isRegexSpace(line.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        boolean leadingEmptyPiece = words > 0 && isRegexSpace(line.charAt(0));
        return leadingEmptyPiece ? words + 1 : words;
    }

    /** The regex class {@code \s} without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
