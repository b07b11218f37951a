package org.cpecwatch.enrich.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/** The straightforward finder the fast one must agree with: every rule's pattern run with find() over the whole text. */
final class ReferenceDateFinder {

    private ReferenceDateFinder() {
    }

    static List<DateMention> find(String text, Optional<LocalDate> anchor) {
        List<DateMention> candidates = new ArrayList<>();
        List<List<PatternRule>> groups = List.of(AbsoluteDates.RULES, RelativeYearDates.RULES, RelativeDates.RULES);
        for (List<PatternRule> rules : groups) {
            for (PatternRule rule : rules) {
                Matcher match = rule.pattern().matcher(text);
                while (match.find()) {
                    try {
                        DateMention mention = rule.reader().read(match, text, anchor.orElse(null));
                        if (mention != null) {
                            candidates.add(mention);
                        }
                    } catch (DateTimeException impossible) {
                        // not a date
                    }
                }
            }
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
}
