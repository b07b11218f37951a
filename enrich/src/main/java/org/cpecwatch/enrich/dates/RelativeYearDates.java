package org.cpecwatch.enrich.dates;

import static org.cpecwatch.enrich.dates.CalendarWords.DAY;
import static org.cpecwatch.enrich.dates.CalendarWords.MONTH;
import static org.cpecwatch.enrich.dates.CalendarWords.MONTH_WORDS;
import static org.cpecwatch.enrich.dates.CalendarWords.capitalised;
import static org.cpecwatch.enrich.dates.CalendarWords.month;
import static org.cpecwatch.enrich.dates.PatternRule.mention;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

import org.cpecwatch.schemas.dates.DatePrecision;

/**
 * A day or month whose year is given relative to the anchor's: "November 5 last year", "in May this year",
 * "5 November last year". Follow-up stories date old incidents this way.
 */
final class RelativeYearDates {

    private static final String WHICH_YEAR = ",?\\s+(?<which>last|this|next)\\s+year\\b";

    /** Each rule ends on WHICH_YEAR, so without the word "year" none can match. */
    private static final Trigger ON_MONTH = Trigger.words(MONTH_WORDS).requiring(Set.of("year"));
    private static final Trigger ON_DAY = Trigger.digits().requiring(MONTH_WORDS, Set.of("year"));

    static final List<PatternRule> RULES = List.of(
            PatternRule.of("\\b(?<span>" + MONTH + "\\s+" + DAY + WHICH_YEAR + ")", ON_MONTH,
                    RelativeYearDates::day),
            PatternRule.of("(?<!\\d)(?<span>" + DAY + "\\s+(?:of\\s+)?" + MONTH + WHICH_YEAR + ")", ON_DAY,
                    RelativeYearDates::day),
            PatternRule.of("\\b(?<span>" + MONTH + WHICH_YEAR + ")", ON_MONTH,
                    RelativeYearDates::monthOnly));

    private RelativeYearDates() {
    }

    private static DateMention day(Matcher m, String text, LocalDate anchor) {
        if (!capitalised(text, m.start("month"))) {
            return null;
        }
        LocalDate date = year(m, anchor) == null ? null
                : LocalDate.of(year(m, anchor), month(m.group("month")), Integer.parseInt(m.group("day")));
        return mention(m, date, DatePrecision.DAY, true);
    }

    private static DateMention monthOnly(Matcher m, String text, LocalDate anchor) {
        if (!capitalised(text, m.start("month"))) {
            return null;
        }
        LocalDate date = year(m, anchor) == null ? null : LocalDate.of(year(m, anchor), month(m.group("month")), 1);
        return mention(m, date, DatePrecision.MONTH, true);
    }

    private static Integer year(Matcher m, LocalDate anchor) {
        if (anchor == null) {
            return null;
        }
        return switch (m.group("which").toLowerCase(Locale.ROOT)) {
            case "last" -> anchor.getYear() - 1;
            case "next" -> anchor.getYear() + 1;
            default -> anchor.getYear();
        };
    }
}
