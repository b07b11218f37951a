package org.cpecwatch.enrich.dates;

import static org.cpecwatch.enrich.dates.CalendarWords.COUNT;
import static org.cpecwatch.enrich.dates.CalendarWords.COUNT_WORDS;
import static org.cpecwatch.enrich.dates.CalendarWords.WEEKDAY;
import static org.cpecwatch.enrich.dates.CalendarWords.WEEKDAY_WORDS;
import static org.cpecwatch.enrich.dates.CalendarWords.union;
import static org.cpecwatch.enrich.dates.PatternRule.mention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpecwatch.schemas.dates.DatePrecision;

/**
 * Dates that only mean something against the anchor: "yesterday", "on Tuesday", "Sunday night", "last month",
 * "earlier this year", "two days ago". Without an anchor they are still found, with no value.
 */
final class RelativeDates {

    /** Words before a weekday that make it a name rather than a date ("Good Friday", "Black Friday"). */
    private static final Pattern NAMED_DAY = Pattern.compile(
            "(?:Black|Good|Easter|Palm|Ash|Bloody|Super|Cyber|Holy|Maundy|Whit)\\s+$");
    private static final Pattern CAPITALISED_WORD_NEXT = Pattern.compile("\\s+\\p{Lu}");
    private static final Pattern DATE_CUE_BEFORE = Pattern.compile("(?i)\\b(?:on|since|by|until|till|from|last|this"
            + "|next|past|previous|before|after|and|or)\\s+$");
    /** "The Friday Times": a weekday run into a capitalised word with no date cue before it is a title. */
    private static final int LOOK_BEHIND = 24;

    /** The units of "N days ago", each as it can be written there. */
    private static final Set<String> UNIT_WORDS = Set.of("day", "days", "week", "weeks", "month", "months", "year",
            "years");

    static final List<PatternRule> RULES = List.of(
            PatternRule.of("\\b(?<span>the\\s+day\\s+before\\s+yesterday)\\b",
                    Trigger.words(Set.of("the")).requiring(Set.of("yesterday")), (m, t, a) -> days(m, a, -2)),
            PatternRule.of("\\b(?<span>yesterday)\\b", Trigger.words(Set.of("yesterday")), (m, t, a) -> days(m, a, -1)),
            PatternRule.of("(?<!\\bthe\\s)\\b(?<span>last\\s+night)\\b",
                    Trigger.words(Set.of("last")).requiring(Set.of("night")), (m, t, a) -> days(m, a, -1)),
            PatternRule.of("\\b(?<span>today|tonight|this\\s+(?:morning|afternoon|evening))\\b",
                    Trigger.words(Set.of("today", "tonight", "this")), RelativeDates::today),
            // Relative to the story's own time line, which in news is almost always the publication day.
            PatternRule.of("\\b(?<span>(?:a|one)\\s+day\\s+(?:earlier|before)|the\\s+previous\\s+day)"
                    + "(?=\\s*(?:[.,;:)]|$))",
                    Trigger.words(Set.of("a", "one", "the")).requiring(Set.of("day")), (m, t, a) -> days(m, a, -1)),
            PatternRule.of("\\b(?:(?<mod>last|this|next|past|previous)\\s+)?(?<span>" + WEEKDAY
                    + "(?:\\s+(?:morning|afternoon|evening|night))?)\\b",
                    Trigger.words(union(WEEKDAY_WORDS, Set.of("last", "this", "next", "past", "previous")))
                            .requiring(WEEKDAY_WORDS),
                    RelativeDates::weekday),
            PatternRule.of("(?<!\\bthe\\s)\\b(?<span>(?:(?:earlier|later)\\s+)?(?<which>last|this|next)\\s+"
                    + "(?<unit>week|month|year))\\b",
                    Trigger.words(Set.of("earlier", "later", "last", "this", "next"))
                            .requiring(Set.of("week", "month", "year")),
                    RelativeDates::period),
            PatternRule.of("\\b(?<span>" + COUNT + "\\s+(?<unit>day|week|month|year)s?\\s+ago)\\b",
                    Trigger.words(COUNT_WORDS).orDigits().requiring(Set.of("ago"), UNIT_WORDS), RelativeDates::ago));

    private RelativeDates() {
    }

    private static DateMention days(Matcher m, LocalDate anchor, int offset) {
        return mention(m, anchor == null ? null : anchor.plusDays(offset), DatePrecision.DAY, true);
    }

    /** "Pakistan Today" and "USA Today" are newspapers, not dates. */
    private static DateMention today(Matcher m, String text, LocalDate anchor) {
        boolean titleCase = Character.isUpperCase(text.charAt(m.start("span")));
        String before = text.substring(Math.max(0, m.start() - LOOK_BEHIND), m.start());
        if (titleCase && before.matches("(?s).*\\b\\p{Lu}[\\p{L}.]*\\s+$")) {
            return null;
        }
        return days(m, anchor, 0);
    }

    private static DateMention weekday(Matcher m, String text, LocalDate anchor) {
        if (!CalendarWords.capitalised(text, m.start("weekday")) || isName(m, text)) {
            return null;
        }
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
        DayOfWeek day = CalendarWords.weekday(m.group("weekday"));
        LocalDate date = anchor == null ? null : switch (mod) {
            case "last", "past", "previous" -> AnchorCalendar.weekdayBefore(anchor, day);
            case "next" -> AnchorCalendar.weekdayAfter(anchor, day);
            default -> AnchorCalendar.weekdayOnOrBefore(anchor, day);
        };
        int start = mod.isEmpty() ? m.start("span") : m.start();
        return new DateMention(text.substring(start, m.end()), start, m.end(), date, DatePrecision.DAY, true);
    }

    private static boolean isName(Matcher m, String text) {
        String before = text.substring(Math.max(0, m.start() - LOOK_BEHIND), m.start());
        if (NAMED_DAY.matcher(before).find()) {
            return true;
        }
        boolean runsIntoCapital = CAPITALISED_WORD_NEXT.matcher(text).region(m.end(), text.length()).lookingAt();
        return runsIntoCapital && m.group("mod") == null && !DATE_CUE_BEFORE.matcher(before).find();
    }

    private static DateMention period(Matcher m, String text, LocalDate anchor) {
        String which = m.group("which").toLowerCase(Locale.ROOT);
        int step = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
        return shifted(m, anchor, m.group("unit"), step);
    }

    private static DateMention ago(Matcher m, String text, LocalDate anchor) {
        return shifted(m, anchor, m.group("unit"), -CalendarWords.count(m.group("count")));
    }

    /** The week, month or year {@code step} units from the anchor's; days are kept as days. */
    private static DateMention shifted(Matcher m, LocalDate anchor, String unit, int step) {
        DatePrecision precision = switch (unit.toLowerCase(Locale.ROOT)) {
            case "day" -> DatePrecision.DAY;
            case "week" -> DatePrecision.WEEK;
            case "month" -> DatePrecision.MONTH;
            default -> DatePrecision.YEAR;
        };
        LocalDate date = anchor == null ? null : switch (precision) {
            case DAY -> anchor.plusDays(step);
            case WEEK -> AnchorCalendar.weekStart(anchor.plusWeeks(step));
            case MONTH -> AnchorCalendar.monthStart(anchor.plusMonths(step));
            case YEAR -> AnchorCalendar.yearStart(anchor.plusYears(step));
        };
        return mention(m, date, precision, true);
    }
}
