package org.cpecwatch.enrich.incidents;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Numbers as news copy writes them. Vague sizes follow ACLED's conservative reading ("tens" = 10, "dozens" = 12,
 * "hundreds" = 100); "several" or "many" name no size and stay unknown rather than guessed.
 */
final class CountWords {

    /** Alternation for a regex: the longer forms first, so "a dozen" is not read as "a". */
    static final String PATTERN = "\\d{1,4}|a dozen|two dozen|dozens|tens|hundreds|an?|one|two|three|four|five|six"
            + "|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            + "|twenty|thirty|forty|fifty";

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("a dozen", 12), Map.entry("two dozen", 24), Map.entry("dozens", 12),
            Map.entry("tens", 10), Map.entry("hundreds", 100));

    private CountWords() {
    }

    static Optional<Integer> value(String words) {
        String key = words.strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty() && key.chars().allMatch(Character::isDigit)) {
            return Optional.of(Integer.parseInt(key));
        }
        return Optional.ofNullable(WORDS.get(key));
    }
}
