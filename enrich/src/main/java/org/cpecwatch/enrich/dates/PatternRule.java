package org.cpecwatch.enrich.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpecwatch.schemas.dates.DatePrecision;

/**
 * One way of writing a date: a pattern whose group "span" is the date expression (cue words such as "in" or "on"
 * may sit outside it) and a reader that turns a match into a mention, or null when the match is no date after all.
 */
record PatternRule(Pattern pattern, Trigger trigger, Reader reader) {

    @FunctionalInterface
    interface Reader {
        /** The anchor may be null; then only expressions that carry their own year resolve. */
        DateMention read(Matcher match, String text, LocalDate anchor);
    }

    static PatternRule of(String regex, Trigger trigger, Reader reader) {
        return new PatternRule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), trigger, reader);
    }

    /**
     * The matches {@code while (matcher.find())} over the whole text would give, in the same order, trying only the
     * given start positions (sorted; a superset of where a match can start). find() returns the first position at or
     * after the previous match's end where the pattern matches, and whether it matches at a position does not depend
     * on where the search began once the bounds are transparent (look-behinds and \b see the whole text) and not
     * anchoring; so stepping through the candidates with lookingAt() meets the same positions.
     */
    void collect(String text, int[] starts, LocalDate anchor, List<DateMention> out) {
        if (starts.length == 0) {
            return;
        }
        Matcher match = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int start : starts) {
            if (start < from) {
                continue;
            }
            match.region(start, text.length());
            if (!match.lookingAt()) {
                continue;
            }
            // find() resumes at the end of a match, one further after an empty one.
            from = match.end() == start ? start + 1 : match.end();
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
