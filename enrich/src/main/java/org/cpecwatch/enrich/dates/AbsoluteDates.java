package org.cpecwatch.enrich.dates;

import static org.cpecwatch.enrich.dates.CalendarWords.DAY;
import static org.cpecwatch.enrich.dates.CalendarWords.MONTH;
import static org.cpecwatch.enrich.dates.CalendarWords.MONTH_WORDS;
import static org.cpecwatch.enrich.dates.CalendarWords.WEEKDAY_WORDS;
import static org.cpecwatch.enrich.dates.CalendarWords.YEAR;
import static org.cpecwatch.enrich.dates.CalendarWords.capitalised;
import static org.cpecwatch.enrich.dates.CalendarWords.month;
import static org.cpecwatch.enrich.dates.CalendarWords.union;
import static org.cpecwatch.enrich.dates.PatternRule.mention;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

import org.cpecwatch.schemas.dates.DatePrecision;

/**
 * Dates written out: "November 14, 2024", "14 Nov 2024", "2024-11-14", "Nov. 14", "14th November", "October 2024",
 * "in October", "in 2018". A year-less day or month is the latest one not after the anchor.
 */
final class AbsoluteDates {

    /** A weekday in front of a date belongs to it ("Friday, November 14"), so it is not read again on its own. */
    private static final String WEEKDAY_PREFIX = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";
    /** "October 15-16, 2024" is read as its first day. */
    private static final String DAY_RANGE_END = "(?:\\s*[-\u2013]\\s*[0-3]?\\d)?";
    /** A bare month or year is a date only after words like these; alone, "May" is a verb and "2018" a number. */
    private static final Set<String> CUE_WORDS = Set.of("in", "since", "of", "during", "by", "until", "till", "from",
            "through", "before", "after", "early", "late", "mid", "last", "this", "next");
    private static final Trigger ON_MONTH = Trigger.words(union(MONTH_WORDS, WEEKDAY_WORDS));
    /** A day number first: the month must still come after it. */
    private static final Trigger ON_DAY = Trigger.digits().requiring(MONTH_WORDS);
    private static final String CUE = "\\b(?<cue>in|since|of|during|by|until|till|from|through|before|after|early"
            + "|late|mid|last|this|next)[\\s-]+";

    static final List<PatternRule> RULES = List.of(
            PatternRule.of("(?<!\\d)(?<span>(?<year>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2}))(?!\\d)", Trigger.digits(),
                    AbsoluteDates::iso),
            PatternRule.of("\\b(?<span>" + WEEKDAY_PREFIX + MONTH + "\\s+" + DAY + DAY_RANGE_END + "(?:,\\s*|\\s+)"
                    + YEAR + ")", ON_MONTH,
                    AbsoluteDates::fullDate),
            PatternRule.of("(?<!\\d)(?<span>" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + ")", ON_DAY,
                    AbsoluteDates::fullDate),
            PatternRule.of("\\b(?<span>" + WEEKDAY_PREFIX + MONTH + "\\s+" + DAY + ")", ON_MONTH,
                    AbsoluteDates::dayWithoutYear),
            PatternRule.of("(?<!\\d)(?<span>" + DAY + "\\s+(?:of\\s+)?" + MONTH + ")", ON_DAY,
                    AbsoluteDates::dayWithoutYear),
            PatternRule.of("\\b(?<span>" + MONTH + ",?\\s+" + YEAR + ")", Trigger.words(MONTH_WORDS),
                    AbsoluteDates::monthOfYear),
            PatternRule.of(CUE + "(?<span>" + MONTH + ")", Trigger.words(CUE_WORDS).requiring(MONTH_WORDS),
                    AbsoluteDates::monthWithoutYear),
            PatternRule.of(CUE + "(?<span>" + YEAR + ")", Trigger.words(CUE_WORDS), AbsoluteDates::year));

    private AbsoluteDates() {
    }

    private static DateMention iso(Matcher m, String text, LocalDate anchor) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("m")),
                Integer.parseInt(m.group("d")));
        return mention(m, date, DatePrecision.DAY, false);
    }

    private static DateMention fullDate(Matcher m, String text, LocalDate anchor) {
        if (!capitalised(text, m.start("month"))) {
            return null;
        }
        LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), month(m.group("month")),
                Integer.parseInt(m.group("day")));
        return mention(m, date, DatePrecision.DAY, false);
    }

    private static DateMention dayWithoutYear(Matcher m, String text, LocalDate anchor) {
        if (!capitalised(text, m.start("month"))) {
            return null;
        }
        MonthDay day = MonthDay.of(month(m.group("month")), Integer.parseInt(m.group("day")));
        return mention(m, anchor == null ? null : AnchorCalendar.latestMonthDay(anchor, day), DatePrecision.DAY, false);
    }

    private static DateMention monthOfYear(Matcher m, String text, LocalDate anchor) {
        if (!capitalised(text, m.start("month"))) {
            return null;
        }
        LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), month(m.group("month")), 1);
        return mention(m, date, DatePrecision.MONTH, false);
    }

    /**
     * "in October" is absolute wording but needs the anchor's year. "last May" and "next May" are relative to the
     * anchor's month, so their cue word is part of the expression.
     */
    private static DateMention monthWithoutYear(Matcher m, String text, LocalDate anchor) {
        if (!capitalised(text, m.start("month"))) {
            return null;
        }
        String cue = m.group("cue").toLowerCase(Locale.ROOT);
        boolean relative = cue.equals("last") || cue.equals("next");
        Month month = month(m.group("month"));
        LocalDate date = anchor == null ? null
                : cue.equals("last") ? AnchorCalendar.previousMonth(anchor, month)
                : cue.equals("next") ? AnchorCalendar.followingMonth(anchor, month)
                : AnchorCalendar.latestMonth(anchor, month);
        int start = relative ? m.start("cue") : m.start("span");
        return new DateMention(text.substring(start, m.end("span")), start, m.end("span"), date, DatePrecision.MONTH,
                relative);
    }

    private static DateMention year(Matcher m, String text, LocalDate anchor) {
        return mention(m, LocalDate.of(Integer.parseInt(m.group("year")), 1, 1), DatePrecision.YEAR, false);
    }
}
