package org.cpecwatch.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Removes the furniture real pages carry, by the shape of the lines rather than their words: link-farm spam, teaser
 * blocks (a short label such as a "more stories" heading followed by headlines and cut-off snippets), inline
 * "LABEL: headline" teasers, bylines and reading-time stamps, and stray one-word lines at either end.
 */
public final class TextCleaner {

    public static final String SPAM = "spam";
    public static final String TEASER_BLOCK = "teaser-block";
    public static final String INLINE_TEASER = "inline-teaser";
    public static final String BYLINE = "byline";
    public static final String STRAY_EDGE = "stray-edge-line";

    private static final int MIN_TEASER_ITEMS = 2;
    private static final int MAX_TEASER_LINES = 24;
    private static final Pattern COUNTRY_CODE = Pattern.compile("^[A-Z]{2}$");
    /** Domain endings of spam links; also the cheap pre-check before LINK runs. */
    private static final List<String> LINK_ENDINGS = List.of("lol", "io", "xyz", "app", "top", "club");
    // A domain label is at most 63 characters; an unbounded [\w-]+ backtracks over a long run of word chars.
    private static final Pattern LINK = Pattern.compile(
            "https?://\\S+|\\bwww\\.\\S+|\\b[\\w-]{1,63}\\.(?:" + String.join("|", LINK_ENDINGS) + ")\\b");
    private static final Pattern TERMINAL = Pattern.compile("[.!?\"”’)\\]۔؟。！？]$");
    private static final Pattern ELLIPSIS = Pattern.compile("(?:\\.\\.\\.|…)\\s*$");
    private static final Pattern INLINE_LABEL = Pattern.compile("^[A-Z][A-Z' ]{2,24}:\\s+\\S");
    private static final Pattern BYLINE_SHAPE = Pattern.compile(
            "^(?:\\d+\\s+(?i:mins?)\\s+(?i:read)|(?i:by)\\s+\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3}"
                    + "|(?i:published)\\b.{0,60}|(?i:updated)\\b.{0,60})$");

    private TextCleaner() {
    }

    public static CleanText clean(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        boolean[] drop = new boolean[lines.size()];
        Map<String, Integer> removed = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || drop[i]) {
                continue;
            }
            if (hasTwoLinks(line)) {
                mark(drop, i, removed, SPAM);
            } else if (BYLINE_SHAPE.matcher(line).matches()) {
                mark(drop, i, removed, BYLINE);
            } else if (isInlineTeaser(line)) {
                mark(drop, i, removed, INLINE_TEASER);
            } else if (isLabel(line) && headlinesAfter(lines, i) >= MIN_TEASER_ITEMS) {
                int end = teaserEnd(lines, i);
                for (int j = i; j <= end; j++) {
                    drop[j] = true;
                }
                removed.merge(TEASER_BLOCK, 1, Integer::sum);
                i = end;
            }
        }
        dropStrayEdges(lines, drop, removed);
        return new CleanText(join(lines, drop), removed);
    }

    /** Headlines and snippets in the block a label would open; a list of other stories has several. */
    private static int headlinesAfter(List<String> lines, int label) {
        int count = 0;
        int end = teaserEnd(lines, label);
        for (int j = label + 1; j <= end; j++) {
            String line = lines.get(j).strip();
            if (!line.isEmpty() && !isLabel(line)) {
                count++;
            }
        }
        return count;
    }

    /** The teaser block runs over headlines, snippets and further labels until a real paragraph. */
    private static int teaserEnd(List<String> lines, int start) {
        int end = start;
        int counted = 0;
        // A list of other stories is short; a long run without full stops is more likely the story in a script
        // whose punctuation we do not know. Blank lines do not count: pages put one between every item.
        for (int j = start + 1; j < lines.size() && counted < MAX_TEASER_LINES; j++) {
            String line = lines.get(j).strip();
            if (line.isEmpty()) {
                continue;
            }
            counted++;
            if (isStamp(line) || (!isHeadlineOrSnippet(line) && !isLabel(line))) {
                break;
            }
            end = j;
        }
        return end;
    }

    /** A short heading that is not a sentence: at most four words, no terminal punctuation. */
    private static boolean isLabel(String line) {
        return words(line) <= 4 && !TERMINAL.matcher(line).find() && !line.endsWith("?") && !isStamp(line);
    }

    /** A dateline or byline: page furniture of its own kind, never part of a teaser list. */
    private static boolean isStamp(String line) {
        return DateFinder.isOnlyADate(line) || BYLINE_SHAPE.matcher(line).matches();
    }

    /** A headline (no terminal punctuation) or a snippet cut short (ellipsis, or no terminal punctuation). */
    private static boolean isHeadlineOrSnippet(String line) {
        return ELLIPSIS.matcher(line).find() || !TERMINAL.matcher(line).find();
    }

    private static boolean isInlineTeaser(String line) {
        return INLINE_LABEL.matcher(line).find() && words(line) <= 25 && !TERMINAL.matcher(line).find();
    }

    /**
     * A one- or two-word line first or last in the text (a "COMMENTS" link), or a bare country code near the top
     * (a scraper's artefact), is not the article.
     */
    private static void dropStrayEdges(List<String> lines, boolean[] drop, Map<String, Integer> removed) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < 3; i++) {
            if (!drop[i] && !lines.get(i).isBlank()) {
                seen++;
                if (COUNTRY_CODE.matcher(lines.get(i).strip()).matches()) {
                    mark(drop, i, removed, STRAY_EDGE);
                }
            }
        }
        int first = firstKept(lines, drop, 0, 1);
        int last = firstKept(lines, drop, lines.size() - 1, -1);
        for (int edge : new int[] {first, last}) {
            if (edge >= 0 && !drop[edge] && words(lines.get(edge).strip()) <= 2 && keptCount(lines, drop) > 3) {
                mark(drop, edge, removed, STRAY_EDGE);
            }
        }
    }

    private static int firstKept(List<String> lines, boolean[] drop, int from, int step) {
        for (int i = from; i >= 0 && i < lines.size(); i += step) {
            if (!drop[i] && !lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static int keptCount(List<String> lines, boolean[] drop) {
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!drop[i] && !lines.get(i).isBlank()) {
                n++;
            }
        }
        return n;
    }

    private static java.util.Optional<String> next(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return java.util.Optional.of(lines.get(j).strip());
            }
        }
        return java.util.Optional.empty();
    }

    private static void mark(boolean[] drop, int i, Map<String, Integer> removed, String kind) {
        drop[i] = true;
        removed.merge(kind, 1, Integer::sum);
    }

    /** Link-farm spam: at least two matches of LINK. */
    private static boolean hasTwoLinks(String line) {
        if (!mayHoldALink(line)) {
            return false;
        }
        int n = 0;
        var m = LINK.matcher(line);
        while (n < 2 && m.find()) {
            n++;
        }
        return n >= 2;
    }

    /**
     * False when LINK cannot match: each of its alternatives contains "http", "www." or a dot before one of its
     * domain endings, and most lines of prose contain none of them, so the regex need not try every position.
     */
    private static boolean mayHoldALink(String line) {
        if (line.contains("http") || line.contains("www.")) {
            return true;
        }
        for (int dot = line.indexOf('.'); dot >= 0; dot = line.indexOf('.', dot + 1)) {
            for (String ending : LINK_ENDINGS) {
                if (line.startsWith(ending, dot + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int words(String line) {
        return Words.count(line);
    }

    /** Kept lines, with runs of blank lines collapsed to one. */
    private static String join(List<String> lines, boolean[] drop) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (drop[i]) {
                continue;
            }
            boolean blank = lines.get(i).isBlank();
            if (blank && (kept.isEmpty() || kept.get(kept.size() - 1).isBlank())) {
                continue;
            }
            kept.add(blank ? "" : lines.get(i));
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
            kept.remove(kept.size() - 1);
        }
        return String.join("\n", kept);
    }
}
