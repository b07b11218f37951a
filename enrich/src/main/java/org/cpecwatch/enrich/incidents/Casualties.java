package org.cpecwatch.enrich.incidents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpecwatch.enrich.language.Nationalities;
import org.cpecwatch.enrich.language.Numbers;
import org.cpecwatch.enrich.language.Tokens;

/**
 * Killed and injured counts in a sentence, with the victims' nationality where the words give it: "killed two
 * Chinese engineers" gives killed 2, Chinese 2; "four persons, including Chinese nationals, were killed" gives
 * killed 4, Chinese at least 1; "killing two Chinese and a Pakistani" gives the total the text states, killed 3, with
 * Chinese 2 and Pakistani 1.
 */
final class Casualties {

    enum Harm { KILLED, INJURED }

    /** One count read from the text; {@code total} is empty when only a nationality's share is known. */
    record Count(Harm harm, Optional<Integer> total, Map<String, Integer> byNationality, int start, int end) {
    }

    private static final String NUM = "(?<num>" + Numbers.PATTERN + ")";
    private static final String NOUN = "(?:people|persons?|nationals?|citizens?|engineers?|workers?|labou?rers?"
            + "|employees?|men|women|children|boys|girls|soldiers?|policem[ae]n|personnel|officials?|guards?"
            + "|drivers?|teachers?|passengers?|civilians?|tourists?|investors?|others|individuals|"
            + Nationalities.NOUN_PATTERN + ")";
    /** A victim noun as a whole word, and the last of a run: "Chinese nationals", not "Chinese". */
    private static final String LAST_NOUN = NOUN + "(?![\\p{L}])(?! " + NOUN + "(?![\\p{L}]))";
    /** Words between a number and its victim; a place's preposition ends them: "kills 7 at Chinese restaurant". */
    private static final String FILLER = "(?:(?!(?:at|in|on|near|from|to|by|with|inside|outside) )[\\p{L}-]+ )";
    private static final String VICTIM = "(?<victim>" + FILLER + "{0,3}?" + LAST_NOUN + ")";
    /** Up to two words before a victim noun, none a verb: "and injuring three others" is another harm, not a victim. */
    private static final String WORDS_NOT_VERBS = "(?:[\\p{L}-]+(?<!ing|ed) ){0,2}?";
    /** "and a Pakistani", "and their local driver", "and three others": more victims of the same harm. */
    private static final String MORE = "(?<more>(?:,? and (?:their |his |her )?(?:" + Numbers.PATTERN + " )?"
            + WORDS_NOT_VERBS + LAST_NOUN + ")*)";
    private static final String INCLUDING = "(?:,? including (?<incl>[^,.;]{1,60}),?)?";
    private static final String DEATH = "killed|dead|died|martyred|lost (?:their|his|her) (?:precious )?lives?";
    private static final String HURT = "injured|wounded|hurt";
    /** "two Chinese engineers were killed", "two deceased engineers, killed in", "three teachers who were killed". */
    private static final Pattern SUBJECT = Pattern.compile("(?<![\\p{L}\\d])" + NUM + " (?:" + VICTIM + MORE + ")?"
            + INCLUDING + "(?:,? (?:who|that) |,? ?)(?:were |was |have been |had been |are |got )?(?:also )?"
            + "(?:shot (?:at )?and )?(?<verb>" + DEATH + "|" + HURT + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern OBJECT = Pattern.compile("(?<![\\p{L}])(?<verb>killed|killing|kills|claimed the lives"
            + " of|deaths? of|injuring|injured|wounding|wounded) (?<num>another|" + Numbers.PATTERN + ")(?: "
            + VICTIM + MORE + ")?" + INCLUDING, Pattern.CASE_INSENSITIVE);
    /** "resulting in the loss of two lives", "the tragic loss of two Chinese workers". */
    private static final Pattern LOSS = Pattern.compile("(?<verb>loss) of " + NUM + " (?<victim>(?:[\\p{L}-]+ ){0,2}?"
            + "(?:lives|" + LAST_NOUN + "))" + MORE + "(?![\\p{L}])" + INCLUDING, Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE_MORE = Pattern.compile(" and (?:their |his |her )?(?<num>" + Numbers.PATTERN
            + " )?(?<victim>" + WORDS_NOT_VERBS + LAST_NOUN + ")", Pattern.CASE_INSENSITIVE);
    // One word between number and nationality ("three Pakistani nationals"), of at most 30 letters, and spaces only
    // after a number: an unbounded [\p{L}-]+, or \s* tried at every space, backtracked over every long run.
    private static final Pattern SHARE = Pattern.compile("(?:(?<num>" + Numbers.PATTERN + ")\\s*)?(?:[\\p{L}-]{1,30} )?"
            + "(?<nat>" + Nationalities.NOUN_PATTERN + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    /** Victim nouns whose plural a stemmer cannot see. */
    private static final Set<String> PLURAL_WITHOUT_S = Set.of("people", "men", "women", "children", "policemen",
            "personnel");

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
        collect(LOSS.matcher(sentence), counts);
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
            Optional<Integer> stated = m.group("num").equalsIgnoreCase("another") ? Optional.of(1)
                    : Numbers.value(m.group("num"));
            Map<String, Integer> nationality = new HashMap<>();
            String victim = m.group("victim");
            if (victim != null && stated.isPresent()) {
                Nationalities.in(victim).ifPresent(n -> nationality.put(n, stated.get()));
            }
            String more = m.group("more");
            Optional<Integer> total = more == null || more.isEmpty() ? stated : addMore(more, stated, nationality);
            String included = m.group("incl");
            if (included != null) {
                share(included).ifPresent(s -> nationality.merge(s.getKey(), s.getValue(), Math::max));
            }
            into.add(new Count(harm, total, nationality, m.start(), m.end()));
        }
    }

    /**
     * Adds the victims joined by "and" to the total and to their nationality. One without a number counts one when
     * singular ("their local driver"); a plural with no number ("and their guards") leaves the total unknown.
     */
    private static Optional<Integer> addMore(String more, Optional<Integer> total, Map<String, Integer> nationality) {
        Optional<Integer> sum = total;
        Matcher m = ONE_MORE.matcher(more);
        while (m.find()) {
            String victim = m.group("victim");
            Optional<Integer> n = m.group("num") != null ? Numbers.value(m.group("num"))
                    : plural(victim) ? Optional.empty() : Optional.of(1);
            n.ifPresent(count -> Nationalities.in(victim).ifPresent(x -> nationality.merge(x, count, Integer::sum)));
            sum = sum.isPresent() && n.isPresent() ? Optional.of(sum.get() + n.get()) : Optional.empty();
        }
        return sum;
    }

    private static boolean plural(String victim) {
        String last = victim.substring(victim.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return PLURAL_WITHOUT_S.contains(last) || Tokens.isPlural(last);
    }

    /** "three Chinese nationals" → Chinese 3; "Chinese nationals", with no number, → at least 1. */
    private static Optional<Map.Entry<String, Integer>> share(String words) {
        Matcher m = SHARE.matcher(words);
        if (!m.find()) {
            return Optional.empty();
        }
        int n = m.group("num") == null ? 1 : Numbers.value(m.group("num")).orElse(1);
        return Nationalities.of(m.group("nat")).map(nationality -> Map.entry(nationality, n));
    }
}
