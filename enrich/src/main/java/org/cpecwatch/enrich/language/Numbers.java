package org.cpecwatch.enrich.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as news copy writes them: "3", "1,200", "two", "twenty-three", "a dozen". Vague sizes follow ACLED's
 * conservative reading ("tens" = 10, "dozens" = 12, "hundreds" = 100); "several", "many" and "some" name no size and
 * stay unknown rather than guessed. A bound ("at least 26", "more than 40") counts as the number it states, as ACLED
 * codes it.
 */
public final class Numbers {

    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    private static final Map<String, Integer> VAGUE = Map.of("a dozen", 12, "two dozen", 24, "dozens", 12,
            "tens", 10, "hundreds", 100);
    private static final List<String> UNKNOWN = List.of("several", "many", "some");
    /** "the November 2024 attack": a four-digit number from 1900 to 2099 is a year, not a count. */
    private static final String NOT_A_YEAR = "(?!(?:19|20)\\d\\d(?!\\d))";
    private static final String BOUND = "(?:at least|more than|over|nearly|almost|about|around|up to|some) ";

    /**
     * A number for a regex, as one atomic group that starts and ends at a word's edge: the longer forms come first, so
     * "a dozen" is not read as "a" and "twenty-three" not as "twenty". Case-insensitive patterns only.
     */
    public static final String PATTERN = "(?<![\\p{L}\\d])(?>(?:" + BOUND + ")?(?:\\d{1,3}(?:,\\d{3})+|" + NOT_A_YEAR
            + "\\d{1,4}|a dozen|two dozen|dozens|tens|hundreds"
            + "|(?:" + String.join("|", TENS.subList(2, TENS.size())) + ")(?:[- ](?:"
            + String.join("|", UNITS.subList(1, 10)) + "))?"
            + "|" + String.join("|", reversed(UNITS.subList(1, UNITS.size())))
            + "|an?|" + String.join("|", UNKNOWN) + "))(?![\\p{L}\\d])";

    private static final Pattern WHOLE = Pattern.compile("(?:" + BOUND + ")?(?<number>.+)", Pattern.CASE_INSENSITIVE);

    private Numbers() {
    }

    /** The value of words {@link #PATTERN} matched; empty for a size that is not given ("several") or not a number. */
    public static Optional<Integer> value(String words) {
        Matcher m = WHOLE.matcher(words.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String key = m.group("number").toLowerCase(Locale.ROOT).replace(",", "");
        if (!key.isEmpty() && key.chars().allMatch(Character::isDigit)) {
            return key.length() > 9 ? Optional.empty() : Optional.of(Integer.parseInt(key));
        }
        if (key.equals("a") || key.equals("an")) {
            return Optional.of(1);
        }
        if (VAGUE.containsKey(key)) {
            return Optional.of(VAGUE.get(key));
        }
        return spelled(key);
    }

    private static Optional<Integer> spelled(String key) {
        String[] parts = key.split("[- ]");
        int tens = TENS.indexOf(parts[0]);
        if (tens >= 2) {
            int unit = parts.length > 1 ? UNITS.indexOf(parts[1]) : 0;
            return unit < 0 || unit > 9 ? Optional.empty() : Optional.of(tens * 10 + unit);
        }
        int unit = UNITS.indexOf(key);
        return unit < 0 ? Optional.empty() : Optional.of(unit);
    }

    /** "seventeen" before "seven": a regex alternation takes the first form that matches. */
    private static List<String> reversed(List<String> words) {
        return words.stream().sorted((a, b) -> b.length() - a.length()).toList();
    }
}
