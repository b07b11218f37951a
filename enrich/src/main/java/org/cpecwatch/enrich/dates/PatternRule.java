package org.cpecwatch.enrich.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way of writing a date: a pattern whose group "span" is the date expression (cue words such as "in" or "on"
 * may sit outside it) and a reader that turns a match into a mention, or null when the match is no date after all.
 */
record PatternRule(Pattern pattern, Reader reader) {

    @FunctionalInterface
    interface Reader {
        /** The anchor may be null; then only expressions that carry their own year resolve. */
        DateMention read(Matcher match, String text, LocalDate anchor);
    }

    static PatternRule of(String regex, Reader reader) {
        return new PatternRule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), reader);
    }

    void collect(String text, LocalDate anchor, List<DateMention> out) {
        Matcher match = pattern.matcher(text);
        while (match.find()) {
            try {
                DateMention mention = reader.read(match, text, anchor);
                if (mention != null) {
                    out.add(mention);
                }
            } catch (DateTimeException impossible) {
                // "February 30, 2024" and "31 April" are no dates; the words stay unmarked.
            }
        }
    }

    /** A mention over the match's "span" group. */
    static DateMention mention(Matcher match, LocalDate date, DatePrecision precision, boolean relative) {
        return new DateMention(match.group("span"), match.start("span"), match.end("span"), date, precision, relative);
    }
}
