package org.cpecwatch.enrich.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The trie gives for any run of ASCII letters what a lower-cased map lookup gives. */
class VocabularyTrieTest {

    @Test
    void shouldLookUpRunsAsTheLowerCasedMapDoes() {
        Map<String, Integer> vocabulary = Map.of("may", 0, "mar", 1, "march", 2, "a", 3, "an", 4, "Upper", 5,
                "mid-year", 6, "sept", 7, "sep", 8);
        VocabularyTrie trie = new VocabularyTrie(vocabulary);
        String letters = "aAmMrRcChHnNyYsSeEpPtTuUx";
        Random random = new Random(3);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder run = new StringBuilder("..");
            for (int i = random.nextInt(7); i >= 0; i--) {
                run.append(letters.charAt(random.nextInt(letters.length())));
            }
            String text = run.append("..").toString();
            Integer expected = vocabulary.get(text.substring(2, text.length() - 2).toLowerCase(Locale.ROOT));
            assertEquals(expected == null ? -1 : expected, trie.id(text, 2, text.length() - 2), text);
        }
        assertEquals(2, trie.id("MaRcH", 0, 5));
        assertEquals(-1, trie.id("upper", 0, 5));
    }
}
