package org.cpecwatch.enrich.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every date expression in a text, absolute or relative, resolved against an anchor (normally the publication date).
 * Pure: no clock, no Kafka; the same text and anchor always give the same mentions.
 *
 * <p>Conventions, chosen to match how news copy is written:
 * <ul>
 * <li>A weekday is the latest such day on or before the anchor: in an agency story dated Monday, "on Monday" is that
 * Monday (wire style writes the weekday instead of "today") and "Sunday night" the day before. "last Tuesday" is
 * strictly before the anchor, "next Tuesday" after it.</li>
 * <li>A day or month without a year is the latest one not after the anchor ("Nov 14", "in October"); with "last
 * year" or "this year" after it, it is in that year ("November 5 last year").</li>
 * <li>"last week", "this week" and "N weeks ago" have WEEK precision; their value is the Monday starting that week.
 * "last month" and "last year" are the calendar month and year before the anchor's.</li>
 * <li>"a day earlier" and "the previous day" are taken relative to the anchor, as the story's time line usually
 * is.</li>
 * </ul>
 * Where two readings overlap ("Friday, November 14, 2024" and "November 14"), the longer one wins.
 */
public final class DateMentionFinder {

    private static final List<PatternRule> RULES = concat(AbsoluteDates.RULES, RelativeYearDates.RULES,
            RelativeDates.RULES);
    private static final Map<String, Integer> VOCABULARY = CalendarTokens.vocabulary(
            RULES.stream().map(PatternRule::trigger).toList());
    private static final VocabularyTrie WORDS = new VocabularyTrie(VOCABULARY);

    private DateMentionFinder() {
    }

    /** Mentions in text order; offsets are char indices into {@code text}. */
    public static List<DateMention> find(String text, Optional<LocalDate> anchor) {
        List<DateMention> candidates = new ArrayList<>();
        CalendarTokens tokens = CalendarTokens.scan(text, VOCABULARY, WORDS);
        for (PatternRule rule : RULES) {
            rule.collect(text, tokens.starts(rule.trigger()), anchor.orElse(null), candidates);
        }
        candidates.sort(Comparator.comparingInt(DateMention::length).reversed().thenComparingInt(DateMention::start));
        List<DateMention> kept = new ArrayList<>();
        for (DateMention candidate : candidates) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(DateMention::start));
        return kept;
    }

    @SafeVarargs
    private static List<PatternRule> concat(List<PatternRule>... groups) {
        List<PatternRule> all = new ArrayList<>();
        for (List<PatternRule> group : groups) {
            all.addAll(group);
        }
        return List.copyOf(all);
    }
}
