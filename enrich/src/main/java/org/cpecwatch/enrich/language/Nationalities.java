package org.cpecwatch.enrich.language;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nationality adjectives, which news copy also uses as nouns: "five Chinese", "two Chinese and a Pakistani", "three
 * Pakistanis". A victim called "local" in Pakistani copy is a Pakistani, so the word counts as one.
 */
public final class Nationalities {

    private static final Map<String, String> BY_WORD = Map.ofEntries(
            Map.entry("chinese", "Chinese"), Map.entry("pakistani", "Pakistani"), Map.entry("pakistanis", "Pakistani"),
            Map.entry("local", "Pakistani"), Map.entry("locals", "Pakistani"), Map.entry("afghan", "Afghan"),
            Map.entry("afghans", "Afghan"), Map.entry("afghani", "Afghan"), Map.entry("japanese", "Japanese"),
            Map.entry("american", "American"), Map.entry("americans", "American"), Map.entry("british", "British"),
            Map.entry("iranian", "Iranian"), Map.entry("iranians", "Iranian"), Map.entry("indian", "Indian"),
            Map.entry("indians", "Indian"), Map.entry("uzbek", "Uzbek"), Map.entry("uzbeks", "Uzbek"),
            Map.entry("tajik", "Tajik"), Map.entry("tajiks", "Tajik"), Map.entry("korean", "Korean"),
            Map.entry("koreans", "Korean"), Map.entry("russian", "Russian"), Map.entry("russians", "Russian"));

    /** The words that name people by nationality on their own, for a case-insensitive regex. */
    public static final String NOUN_PATTERN = "(?:" + String.join("|", BY_WORD.keySet().stream()
            .filter(w -> !w.startsWith("local")).sorted().toList()) + ")";

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private Nationalities() {
    }

    /** The nationality a single word names: "Pakistanis" and "Pakistani" both give "Pakistani". */
    public static Optional<String> of(String word) {
        return Optional.ofNullable(BY_WORD.get(word.toLowerCase(Locale.ROOT)));
    }

    /** The first nationality named among some words: "two Chinese engineers" gives "Chinese". */
    public static Optional<String> in(String words) {
        Matcher m = WORD.matcher(words);
        while (m.find()) {
            Optional<String> nationality = of(m.group());
            if (nationality.isPresent()) {
                return nationality;
            }
        }
        return Optional.empty();
    }
}
