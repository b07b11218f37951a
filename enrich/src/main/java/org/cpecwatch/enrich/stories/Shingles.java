package org.cpecwatch.enrich.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Overlapping runs of {@value #SIZE} words, hashed. Five words are long enough that two unrelated articles rarely
 * share one beyond stock phrases ("the china pakistan economic corridor"), short enough that a copy with a few
 * edited words still keeps most of its shingles.
 */
final class Shingles {

    static final int SIZE = 5;

    private Shingles() {
    }

    /** Lower-cased runs of letters and digits; punctuation and hyphens split words, so "China-Pakistan" is two. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }

    /** Distinct shingle hashes, sorted; a text shorter than one shingle is one shingle of all its words. */
    static long[] hashes(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return new long[0];
        }
        int count = Math.max(1, words.size() - SIZE + 1);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            hashes[i] = StableHash.ofJoined(words, i, Math.min(words.size(), i + SIZE), ' ');
        }
        return Arrays.stream(hashes).distinct().sorted().toArray();
    }
}
