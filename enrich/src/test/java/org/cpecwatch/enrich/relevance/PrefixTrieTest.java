package org.cpecwatch.enrich.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** One trie pass gives, for every concept with a prefix filter, exactly the occurrences of that filter's own scan. */
class PrefixTrieTest {

    /**
     * Prefixes sharing first chars and whole spellings across concepts, a prefix of another, the same prefix twice
     * through case, and chars whose fold differs from themselves: Kelvin sign, long s, dotted capital I, sharp s.
     */
    private static final String TRICKY = """
            version: tricky-1
            concepts:
              a: '\\b(?:china|chin|chinese|CHINA|c|cp|cpec)'
              b: '(?:chin|kelvin|\u212Aelvin|stra(?:ss|ße)|ſun|sun)'
              c: '(?-i:Hub)|hub|HUB|(?-u)(?:İstanbul|ıstanbul|istanbul)'
              d: '(?:security|sec|se|s)'
              none: '\\w{1,30}china'
              e: 'k|K|\u212A'
            lead_sentences: 1
            rules:
              - {name: r, description: r, kind: mention, concepts: [a], weight: 0.5, max_count: 1}
            categories: []
            labels: {relevant_at: 0.3, possibly_relevant_at: 0.1, relevant_requires: []}
            """;

    private static final String[] PIECES = {"Chinese ", "china", "CHINA", "chin", "Beijing’s ", "cpec ", "CPEC",
        "nationals", "attack", "Hub", "hub", "HUB", "KP", "kp", "\u212Aelvin", "Kelvin", "\u017Fun", "SUN", "İstanbul",
        "ıstanbul", "ISTANBUL", "straße", "STRASSE", "security", "SECURITY", "\u017Fecurity", "SOPs", "fool-proof",
        "protest", "Pakistan", "state", "government", "assur", "protect", " ", ".", "\n", "x", "-", "’s ", "K", "\u212A",
        "\u0130", "\u0131", "\u00DF", "\u1E9E", "\u017F", "c", "s", "p"};

    @Test
    void shouldFindWhatEachFilterFindsWithTheShippedRuleset() {
        assertSameAsFilters(RulesetLoader.loadDefault().concepts(), new Random(11), 4_000);
    }

    @Test
    void shouldFindWhatEachFilterFindsWithATrickyRuleset() {
        Ruleset tricky = RulesetLoader.load(new ByteArrayInputStream(TRICKY.getBytes(StandardCharsets.UTF_8)));
        PrefixTrie trie = PrefixTrie.of(tricky.concepts());
        assertEquals(-1, trie.slot("none"));
        assertSameAsFilters(tricky.concepts(), new Random(12), 4_000);
    }

    @Test
    void shouldBuildOneTriePerRuleset() {
        Ruleset shipped = RulesetLoader.loadDefault();
        assertTrue(PrefixTrie.of(shipped.concepts()) == PrefixTrie.of(shipped.concepts()));
    }

    private static void assertSameAsFilters(Map<String, Pattern> concepts, Random random, int texts) {
        PrefixTrie trie = PrefixTrie.of(concepts);
        int occurrences = 0;
        for (int n = 0; n < texts; n++) {
            String text = randomText(random);
            char[] folded = fold(text);
            Occurrences[] found = trie.find(text, folded);
            for (Map.Entry<String, Pattern> concept : concepts.entrySet()) {
                Optional<PrefixFilter> filter = PrefixFilter.of(concept.getValue());
                int slot = trie.slot(concept.getKey());
                assertEquals(filter.isPresent(), slot >= 0, concept.getKey());
                if (slot >= 0) {
                    List<int[]> expected = pairs(filter.get().find(text, folded));
                    List<int[]> actual = pairs(found[slot]);
                    occurrences += expected.size();
                    assertEquals(render(expected), render(actual), () -> concept.getKey() + " in [" + text + "]");
                }
            }
        }
        assertTrue(occurrences > texts, "the random texts hold prefixes: " + occurrences);
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(16); i >= 0; i--) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            // Now and then cut a piece short, so prefixes also end at the text's end half spelled.
            text.append(random.nextInt(8) == 0 ? piece.substring(0, random.nextInt(piece.length() + 1)) : piece);
        }
        return text.toString();
    }

    private static char[] fold(String s) {
        char[] folded = new char[s.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = PrefixFilter.fold(s.charAt(i));
        }
        return folded;
    }

    private static List<int[]> pairs(Occurrences occurrences) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < occurrences.size(); i++) {
            pairs.add(new int[] {occurrences.start(i), occurrences.end(i)});
        }
        return pairs;
    }

    private static String render(List<int[]> pairs) {
        StringBuilder s = new StringBuilder();
        pairs.forEach(p -> s.append('[').append(p[0]).append(',').append(p[1]).append(')'));
        return s.toString();
    }
}
