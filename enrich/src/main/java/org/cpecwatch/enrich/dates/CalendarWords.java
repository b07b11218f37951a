package org.cpecwatch.enrich.dates;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** English month, weekday and small-number words, as regular-expression fragments and their values. */
final class CalendarWords {

    /**
     * A month name or its usual abbreviation. Only an abbreviation takes the full stop ("Nov.", "Sept."); after a
     * full name it ends the sentence. Captured as "month".
     */
    static final String MONTH = "(?<month>(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)(?![a-z])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![a-z])\\.?)";
    /** Captured as "weekday". */
    static final String WEEKDAY = "(?<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)";
    /** Day of the month with an optional ordinal suffix; never part of a longer number, a time or a decimal. */
    static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d%])(?![:.,]\\d)";
    /** A four-digit year of the modern era, not part of a longer number. Captured as "year". */
    static final String YEAR = "(?<year>(?:19|20)\\d{2})(?![\\d%])(?![.,]\\d)";
    static final String COUNT = "(?<count>\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve)";

    /** The words {@link #MONTH} can be, lower case: where it can start, for {@link Trigger}. */
    static final Set<String> MONTH_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    static final Set<String> WEEKDAY_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** The words of {@link #COUNT}; its digits are a digit start. */
    static final Set<String> COUNT_WORDS = Set.of("a", "an", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");

    private CalendarWords() {
    }

    @SafeVarargs
    static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    static Month month(String word) {
        String prefix = word.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + word);
    }

    static DayOfWeek weekday(String word) {
        return DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
    }

    static int count(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("a") || lower.equals("an")) {
            return 1;
        }
        int index = NUMBER_WORDS.indexOf(lower);
        return index >= 0 ? index : Integer.parseInt(lower);
    }

    /**
     * Month and weekday names count only when written with a capital: "may" and "march" in running text are a verb
     * and a noun. "MAY" in a shouted dateline still counts.
     */
    static boolean capitalised(String text, int at) {
        return Character.isUpperCase(text.charAt(at));
    }
}
