package org.cpecwatch.enrich.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class LiteralPrefixesTest {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static Optional<Set<String>> prefixes(String regex) {
        return LiteralPrefixes.of(Pattern.compile(regex, FLAGS));
    }

    @Test
    void shouldReadThePrefixesOfPlainShapes() {
        assertEquals(Optional.of(Set.of("Chinese", "China", "Beijing", "CPEC ")),
                prefixes("\\b(?:Chinese|China['’]s|Beijing['’]s)\\s+(?:x)|\\bCPEC (?:projects?|sites?)\\b"));
        assertEquals(Optional.of(Set.of("protect", "attack", "fool", "SOP", "Hub")),
                prefixes("\\b(?:protect(?:ed|ing)?|attack(?:s|ed)?|fool-?proof|SOPs?|(?-i:Hub))\\b"));
        assertEquals(Optional.of(Set.of("China", "CPEC")), prefixes("(?-i)\\b(?:China|CPEC)\\b"));
        assertEquals(Optional.of(Set.of("ab")), prefixes("abc{2}"));
    }

    @Test
    void shouldOfferNoPrefixesForOtherShapes() {
        for (String regex : List.of("(?<=x)abc", "(?=ab)abc", "(?:abc)?d", "(?:abc)*", "a|", "|a", "[ab]c", "\\w+",
                ".abc", "^abc", "\\Qabc\\E", "(?x)abc", "(?:abc|)", "(?:ab|\\d)", "a?bc", "\\Babc", "\\b{g}abc",
                "(?<name>abc)", "(?i)", "\\cAabc", "[]a]|b")) {
            assertEquals(Optional.empty(), prefixes(regex), regex);
        }
    }

    /** Every match, over the whole text or a region of it, starts where the filter found a prefix that fits. */
    @Test
    void shouldNeverMissTheStartOfAMatch() {
        List<String> regexes = new ArrayList<>(RulesetLoader.loadDefault().concepts().values().stream()
                .map(Pattern::pattern).toList());
        regexes.addAll(List.of("(?-i:Hub)|kelvin|stra(?:ss|ße)", "(?-u)(?:İstanbul|kin)", "(?:ſun|k)\\w*"));
        String[] pieces = {"Chinese ", "china", "CHINA", "Beijing’s ", "cpec ", "CPEC projects", "nationals", "attack",
            "Hub", "hub", "KP", "kp", "\u212Aelvin", "\u017Fun", "İstanbul", "ıstanbul", "straße", "STRASSE", "security",
            "SOPs", "fool-proof", " ", ".", "\n", "x", "-", "’s "};
        Random random = new Random(5);
        int matches = 0;
        for (String regex : regexes) {
            Pattern pattern = Pattern.compile(regex, FLAGS);
            PrefixFilter filter = PrefixFilter.of(pattern).orElseThrow(() -> new AssertionError("no prefixes: " + regex));
            for (int n = 0; n < 2_000; n++) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(12); i >= 0; i--) {
                    text.append(pieces[random.nextInt(pieces.length)]);
                }
                String s = text.toString();
                char[] folded = new char[s.length()];
                for (int i = 0; i < folded.length; i++) {
                    folded[i] = PrefixFilter.fold(s.charAt(i));
                }
                Occurrences found = filter.find(s, folded);
                int from = random.nextInt(s.length() + 1);
                for (Matcher m : List.of(pattern.matcher(s), pattern.matcher(s).region(from, s.length()))) {
                    while (m.find()) {
                        matches++;
                        assertTrue(found.anyWithin(m.start(), m.end()), () -> regex + " matched [" + m.group() + "] in [" + s + "]");
                    }
                }
            }
        }
        assertTrue(matches > 5_000, "the random texts hold matches: " + matches);
    }
}
