package org.cpecwatch.enrich.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date: from the file's metadata first, else from a dateline near the top of the text
 * ("November 14, 2024", "14 Nov 2024", "2024-11-14"). The source says which.
 */
public final class DateFinder {

    public static final String FROM_METADATA = "metadata";
    public static final String FROM_DATELINE = "dateline";

    private static final List<String> METADATA_KEYS = List.of("date", "published", "publishedAt", "date_published",
            "datePublished", "pubdate");
    private static final int DATELINE_CHARS = 400;
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);

    // Strict: "February 30" is no date, not the last day of February.
    private static final DateTimeFormatter DAY_MONTH_NAME_YEAR = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMM uuuu").toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);

    private DateFinder() {
    }

    public static Optional<FoundDate> find(Map<String, String> metadata, String text) {
        for (String key : METADATA_KEYS) {
            Optional<LocalDate> date = first(metadata.getOrDefault(key, ""));
            if (date.isPresent()) {
                return Optional.of(new FoundDate(date.get().toString(), FROM_METADATA));
            }
        }
        return first(text.substring(0, Math.min(DATELINE_CHARS, text.length())))
                .map(d -> new FoundDate(d.toString(), FROM_DATELINE));
    }

    /** True when the line is a date and nothing else, such as a dateline on its own line. */
    static boolean isOnlyADate(String line) {
        String trimmed = line.strip();
        return first(trimmed).isPresent() && trimmed.replaceAll("[\\w,.]+", "").isBlank() && trimmed.split("\\s+").length <= 4;
    }

    /** The earliest date written in the text, in any of the three forms. */
    static Optional<LocalDate> first(String text) {
        if (!hasFourDigitRun(text)) {
            return Optional.empty();
        }
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Pattern pattern : List.of(ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                Optional<LocalDate> date = parse(pattern, m);
                if (date.isPresent() && m.start() < bestAt) {
                    best = date.get();
                    bestAt = m.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Every form ends in or starts with a year, four ASCII digits in a row ({@code \\d} without UNICODE_CHARACTER_CLASS),
     * so text without such a run holds no date; most lines of an article hold none, and the cleaner asks about many.
     */
    private static boolean hasFourDigitRun(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static Optional<LocalDate> parse(Pattern pattern, Matcher m) {
        try {
            if (pattern == ISO) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            String month = pattern == MONTH_DAY_YEAR ? m.group(1) : m.group(2);
            String day = pattern == MONTH_DAY_YEAR ? m.group(2) : m.group(1);
            String text = day + " " + month.substring(0, 3) + " " + m.group(3);
            return Optional.of(LocalDate.parse(text, DAY_MONTH_NAME_YEAR));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
