package org.cpecwatch.enrich.dates;

import java.util.Arrays;
import java.util.Map;

/**
 * The calendar vocabulary as a trie over the ASCII letters, read ASCII case-insensitively: looks a run of letters up
 * without the lower-case copy and hash a map lookup needs, which the date scan paid for every word of every article.
 * Answers as {@code ids.get(run.toLowerCase(Locale.ROOT))} does for a run of ASCII letters.
 */
final class VocabularyTrie {

    private static final int NONE = -1;

    /** Per node, the node after each letter a..z (0 for none: the root is never a child). */
    private int[][] next = {new int[26]};
    /** Per node, the id of the word that ends there, or NONE. */
    private int[] ids = {NONE};
    private int nodes = 1;

    VocabularyTrie(Map<String, Integer> vocabulary) {
        // A word with anything but lower-case letters is never equal to a lower-cased letter run: leave it out.
        vocabulary.forEach((word, id) -> {
            if (!word.isEmpty() && word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                add(word, id);
            }
        });
    }

    private void add(String word, int id) {
        int node = 0;
        for (int i = 0; i < word.length(); i++) {
            int letter = word.charAt(i) - 'a';
            if (next[node][letter] == 0) {
                if (nodes == next.length) {
                    next = Arrays.copyOf(next, nodes * 2);
                    ids = Arrays.copyOf(ids, nodes * 2);
                }
                next[nodes] = new int[26];
                ids[nodes] = NONE;
                next[node][letter] = nodes++;
            }
            node = next[node][letter];
        }
        ids[node] = id;
    }

    /** The id of the word spelled by text[from, to), all ASCII letters, in any case; NONE when it is no word. */
    int id(String text, int from, int to) {
        int node = 0;
        for (int i = from; i < to; i++) {
            // Both cases of an ASCII letter share their low five bits: 'a' and 'A' give 1.
            node = next[node][(text.charAt(i) & 0x1F) - 1];
            if (node == 0) {
                return NONE;
            }
        }
        return ids[node];
    }
}
