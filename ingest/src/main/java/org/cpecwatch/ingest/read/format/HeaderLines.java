package org.cpecwatch.ingest.read.format;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code key value} or {@code key: value} lines at the very top of a plain-text article, as scrapers and
 * note-taking tools write them. Only keys from a known list count: a first sentence such as
 * "Angry China wants..." or a dateline such as "KARACHI: Police said" must stay in the body.
 */
final class HeaderLines {

    record Split(Map<String, String> headers, String body) {
    }

    private static final Set<String> KNOWN_KEYS = Set.of("date", "title", "url", "link", "source", "site", "outlet",
            "author", "byline", "published", "updated", "modified", "language", "lang", "headline", "publisher",
            "section", "category", "tags", "description");
    private static final int MAX_HEADER_LINE = 200;
    /**
     * The value runs to the end of the line and its trailing blanks are cut in code: a lazy value followed by
     * {@code [ \t]*$} rescans every run of blanks from each of its positions, quadratic on a line of many spaces.
     */
    private static final Pattern HEADER = Pattern.compile("^[ \\t]*([A-Za-z]{1,20}):?[ \\t]+(\\S.*)$");
    // The seeds put the date and the first sentence on one line: " date 2022-12-21 Ensure effective measures..."
    private static final Pattern DATE_THEN_TEXT = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ \\t]+(\\S.*)$");

    private HeaderLines() {
    }

    static Split split(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        int line = 0;
        while (line < lines.length) {
            Matcher header = HEADER.matcher(lines[line]);
            if (!header.matches()) {
                break;
            }
            String key = header.group(1).toLowerCase(Locale.ROOT);
            String value = withoutTrailingBlanks(header.group(2));
            if (!KNOWN_KEYS.contains(key)) {
                break;
            }
            Matcher dateThenText = DATE_THEN_TEXT.matcher(value);
            if (key.equals("date") && dateThenText.matches()) {
                headers.putIfAbsent(key, dateThenText.group(1));
                lines[line] = dateThenText.group(2);
                return new Split(headers, String.join("\n", Arrays.copyOfRange(lines, line, lines.length)).strip());
            }
            if (lines[line].length() > MAX_HEADER_LINE) {
                break;
            }
            headers.putIfAbsent(key, value);
            line++;
        }
        if (headers.isEmpty()) {
            return new Split(headers, text);
        }
        String body = String.join("\n", Arrays.copyOfRange(lines, line, lines.length)).strip();
        return new Split(headers, body);
    }

    /** Only spaces and tabs, as the pattern's blanks; the value starts with a non-space, so it never empties. */
    private static String withoutTrailingBlanks(String value) {
        int end = value.length();
        while (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t') {
            end--;
        }
        return value.substring(0, end);
    }
}
