package org.cpecwatch.enrich.incidents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Killed and injured counts in a sentence, with the victims' nationality where the words give it: "killed two
 * Chinese engineers" gives killed 2, Chinese 2; "four persons, including Chinese nationals, were killed" gives
 * killed 4, Chinese at least 1.
 */
final class Casualties {

    enum Harm { KILLED, INJURED }

    /** One count read from the text; {@code total} is empty when only a nationality's share is known. */
    record Count(Harm harm, Optional<Integer> total, Map<String, Integer> byNationality, int start, int end) {
    }

    private static final String NUM = "(?<num>" + CountWords.PATTERN + ")";
    private static final String VICTIM = "(?<victim>(?:[\\p{L}-]+ ){0,3}?(?:people|persons?|nationals?|citizens?"
            + "|engineers?|workers?|labou?rers?|employees?|men|women|children|boys|girls|soldiers?|policem[ae]n"
            + "|personnel|officials?|guards?|passengers?|civilians?|tourists?|investors?|others|individuals|Chinese"
            + "|Pakistanis?))";
    private static final String INCLUDING = "(?:,? including (?<incl>[^,.;]{1,60}),?)?";
    private static final String DEATH = "killed|dead|died|martyred|lost (?:their|his|her) (?:precious )?lives?";
    private static final String HURT = "injured|wounded|hurt";
    private static final Pattern SUBJECT = Pattern.compile("(?<![\\p{L}\\d])" + NUM + " (?:" + VICTIM + ")?"
            + INCLUDING + " ?(?:were |was |have been |had been |are |got )?(?:also )?(?:shot (?:at )?and )?(?<verb>" + DEATH + "|" + HURT
            + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern OBJECT = Pattern.compile("(?<![\\p{L}])(?<verb>killed|killing|kills|claimed the lives"
            + " of|deaths? of|injuring|injured|wounding|wounded) (?<num>another|" + CountWords.PATTERN + ")(?: "
            + VICTIM + ")?" + INCLUDING, Pattern.CASE_INSENSITIVE);
    /** "resulting in the loss of two lives". */
    private static final Pattern LIVES = Pattern.compile("(?<verb>loss) of " + NUM + " (?<victim>lives)" + INCLUDING,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARE = Pattern.compile("(?<num>" + CountWords.PATTERN + ")?\\s*(?:[\\p{L}-]+ )?"
            + "(?<nat>Chinese|Pakistani)", Pattern.CASE_INSENSITIVE);

    private Casualties() {
    }

    /** Every pattern needs one of these; most sentences have none and skip the patterns. */
    private static final List<String> HARM_STEMS = List.of("kill", "dead", "died", "martyr", "lives", "injur", "wound",
            "hurt", "death", "loss");

    static List<Count> in(String sentence) {
        List<Count> counts = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (HARM_STEMS.stream().noneMatch(lower::contains)) {
            return counts;
        }
        collect(SUBJECT.matcher(sentence), counts);
        collect(OBJECT.matcher(sentence), counts);
        collect(LIVES.matcher(sentence), counts);
        return counts;
    }

    private static void collect(Matcher m, List<Count> into) {
        while (m.find()) {
            if (into.stream().anyMatch(c -> c.start() < m.end() && m.start() < c.end())) {
                continue;
            }
            Harm harm = m.group("verb").toLowerCase(Locale.ROOT).matches("(?:" + HURT + "|injuring|wounding)")
                    ? Harm.INJURED : Harm.KILLED;
            // "killing two and injuring another": another one.
            Optional<Integer> total = m.group("num").equalsIgnoreCase("another") ? Optional.of(1)
                    : CountWords.value(m.group("num"));
            Map<String, Integer> nationality = new HashMap<>();
            String victim = m.group("victim");
            if (victim != null && total.isPresent()) {
                nationalityOf(victim).ifPresent(n -> nationality.put(n, total.get()));
            }
            String included = m.group("incl");
            if (included != null) {
                share(included).ifPresent(s -> nationality.merge(s.getKey(), s.getValue(), Math::max));
            }
            into.add(new Count(harm, total, nationality, m.start(), m.end()));
        }
    }

    private static Optional<String> nationalityOf(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        if (lower.contains("chinese")) {
            return Optional.of("Chinese");
        }
        if (lower.contains("pakistani") || lower.contains("local")) {
            return Optional.of("Pakistani");
        }
        return Optional.empty();
    }

    /** "three Chinese nationals" → Chinese 3; "Chinese nationals", with no number, → at least 1. */
    private static Optional<Map.Entry<String, Integer>> share(String words) {
        Matcher m = SHARE.matcher(words);
        if (!m.find()) {
            return Optional.empty();
        }
        int n = m.group("num") == null ? 1 : CountWords.value(m.group("num")).orElse(1);
        String nationality = m.group("nat").substring(0, 1).toUpperCase(Locale.ROOT)
                + m.group("nat").substring(1).toLowerCase(Locale.ROOT);
        return Optional.of(Map.entry(nationality, n));
    }
}
