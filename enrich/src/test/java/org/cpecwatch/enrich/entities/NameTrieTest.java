package org.cpecwatch.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpecwatch.testkit.Seeds;
import org.junit.jupiter.api.Test;

/** The trie scan against the alternation regex EntityFinder used before, with the shipped gazetteer's names. */
class NameTrieTest {

    private static final List<String> NAMES = names();
    private static final Pattern REGEX = regex(NAMES);
    private static final NameTrie TRIE = NameTrie.of(NAMES).orElseThrow();
    private static final String[] GLUE = {" ", "  ", "-", "x", "9", ".", ",", "\n", "'s ", "’", "\u00E9", "\u0661",
        "\uD835\uDC00", "\uD83D\uDE00", "\uDC00", "\uD835", "Ⅻ", "ᵃ"};

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (GazetteerEntry entry : Gazetteer.shipped().entries()) {
            for (String name : concat(entry.name(), entry.aliases())) {
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        return names;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static Pattern regex(List<String> names) {
        StringBuilder alternation = new StringBuilder();
        for (String name : names) {
            alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(name));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + alternation + ")(?![\\p{L}\\p{N}-])");
    }

    private static List<String> byRegex(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = REGEX.matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }

    private static List<String> byTrie(String text) {
        List<String> found = new ArrayList<>();
        TRIE.scan(text, (start, end) -> found.add(start + "-" + end));
        return found;
    }

    @Test
    void shouldFindWhatTheRegexFoundInTheSeeds() {
        for (String name : Seeds.names()) {
            assertEquals(byRegex(Seeds.text(name)), byTrie(Seeds.text(name)), name);
        }
    }

    @Test
    void shouldFindWhatTheRegexFoundInNamesGluedTogetherAndCut() {
        Random random = new Random(3);
        int mentions = 0;
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i >= 0; i--) {
                String name = NAMES.get(random.nextInt(NAMES.size()));
                // Sometimes only the start of a name, so prefixes of longer names meet their ends.
                text.append(random.nextInt(4) == 0 ? name.substring(0, 1 + random.nextInt(name.length())) : name);
                text.append(GLUE[random.nextInt(GLUE.length)]);
            }
            String s = text.toString();
            List<String> expected = byRegex(s);
            mentions += expected.size();
            assertEquals(expected, byTrie(s), () -> "in [" + s + "]");
        }
        assertTrue(mentions > 5_000, "the random texts hold mentions: " + mentions);
    }

    @Test
    void shouldLeaveNamesItCannotScanLikeTheRegexToTheRegex() {
        assertTrue(NameTrie.of(List.of()).isEmpty());
        assertTrue(NameTrie.of(List.of("Gwadar", "")).isEmpty());
        assertTrue(NameTrie.of(List.of("Gwadar", "\uD835\uDC00 Port")).isEmpty());
    }
}
