package org.cpecwatch.enrich.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The headline: the file's own title when it has one, else the first line near the top that reads like a headline
 * (a few words, not a sentence ending in a full stop, not a date, byline or reading-time stamp). Site suffixes such
 * as " - Pakistan - DAWN.COM" are cut.
 */
public final class TitleFinder {

    private static final int LINES_TO_SCAN = 6;
    private static final int MIN_WORDS = 4;
    private static final int MAX_WORDS = 30;
    private static final int MAX_CHARS = 220;
    /** Domain endings of a site suffix, in regex form (the dot in co.uk escaped) and as plain text for a pre-check. */
    private static final List<String> SITE_ENDINGS = List.of("com", "pk", "net", "org", "tv", "co.uk");
    /**
     * Starts only where a run of whitespace begins: a match starting inside a run would also match from the run's
     * start, which find() tries first, so the result is the same, but without the look-behind every space of a long
     * run began an attempt that rescanned the rest of the run (quadratic).
     */
    private static final Pattern SITE_SUFFIX = Pattern.compile("(?<!\\s)(?:\\s+[-|–—]\\s+[^-|–—]{1,40})?\\s+[-|–—]\\s+[\\w.-]+\\.(?:"
            + String.join("|", SITE_ENDINGS.stream().map(Pattern::quote).toList()) + ")\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_HEADLINE = Pattern.compile(
            "(?i)^(?:by\\s|\\d+\\s+mins?\\s+read|published|updated|posted|share|follow|home\\b|date\\s+\\d)|\\d{4}-\\d{2}-\\d{2}$");

    private TitleFinder() {
    }

    public static Optional<String> find(String metadataTitle, String text) {
        if (metadataTitle != null && !metadataTitle.isBlank()) {
            return Optional.of(clean(metadataTitle));
        }
        String[] lines = text.split("\\n", LINES_TO_SCAN + 1);
        for (int i = 0; i < Math.min(LINES_TO_SCAN, lines.length); i++) {
            String line = clean(lines[i]);
            if (looksLikeHeadline(line)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    static String clean(String title) {
        String stripped = title.strip();
        return mayEndInASite(stripped) ? SITE_SUFFIX.matcher(stripped).replaceFirst("").strip() : stripped;
    }

    /**
     * False when SITE_SUFFIX cannot match: every match holds a dot before one of its domain endings. Checked with
     * regionMatches ignoring case, which accepts all the regex's ASCII case-insensitivity does (and a little more).
     * Most lines are paragraphs where the regex would try every space.
     */
    private static boolean mayEndInASite(String line) {
        for (int dot = line.indexOf('.'); dot >= 0; dot = line.indexOf('.', dot + 1)) {
            for (String ending : SITE_ENDINGS) {
                if (line.regionMatches(true, dot + 1, ending, 0, ending.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean looksLikeHeadline(String line) {
        int words = Words.count(line);
        return words >= MIN_WORDS && words <= MAX_WORDS && line.length() <= MAX_CHARS && !line.endsWith(".")
                && !NOT_A_HEADLINE.matcher(line).find() && !DateFinder.isOnlyADate(line);
    }
}
