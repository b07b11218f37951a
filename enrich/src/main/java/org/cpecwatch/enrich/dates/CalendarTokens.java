package org.cpecwatch.enrich.dates;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass over a text that notes where the words of a fixed vocabulary occur (as whole runs of ASCII letters, ASCII
 * case-insensitively, as the rules' CASE_INSENSITIVE patterns fold only ASCII) and where runs of ASCII digits begin.
 * From those, {@link #starts} gives each rule the sorted positions it has to be tried at.
 */
final class CalendarTokens {

    private final Map<String, Integer> ids;
    private final VocabularyTrie words;
    private final int[][] positions;
    private final int[] counts;
    private int[] digitRuns = new int[16];
    private int digitRunCount;

    private CalendarTokens(Map<String, Integer> ids, VocabularyTrie words) {
        this.ids = ids;
        this.words = words;
        this.positions = new int[ids.size()][];
        this.counts = new int[ids.size()];
    }

    /** The vocabulary every trigger draws from, numbered; built once for the rules. */
    static Map<String, Integer> vocabulary(List<Trigger> triggers) {
        Map<String, Integer> ids = new HashMap<>();
        for (Trigger trigger : triggers) {
            trigger.startWords().forEach(w -> ids.putIfAbsent(w, ids.size()));
            trigger.requires().forEach(set -> set.forEach(w -> ids.putIfAbsent(w, ids.size())));
        }
        return Map.copyOf(ids);
    }

    /** {@code words} is the same vocabulary as a trie, built once with it. */
    static CalendarTokens scan(String text, Map<String, Integer> vocabulary, VocabularyTrie words) {
        CalendarTokens tokens = new CalendarTokens(vocabulary, words);
        tokens.scan(text);
        return tokens;
    }

    private void scan(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isAsciiLetter(c)) {
                int end = i + 1;
                while (end < n && isAsciiLetter(text.charAt(end))) {
                    end++;
                }
                // After a digit ("5th") the run is never a rule's word: each is preceded by \b or a space there.
                boolean afterDigit = i > 0 && isAsciiDigit(text.charAt(i - 1));
                if (!afterDigit) {
                    int id = words.id(text, i, end);
                    if (id >= 0) {
                        add(id, i);
                    }
                }
                i = end;
            } else if (isAsciiDigit(c)) {
                addDigitRun(i);
                i++;
                while (i < n && isAsciiDigit(text.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
        }
    }

    /** Sorted positions where the rule's matches may start; empty when a required word is missing. */
    int[] starts(Trigger trigger) {
        for (Set<String> anyOf : trigger.requires()) {
            if (!anyOccurs(anyOf)) {
                return new int[0];
            }
        }
        int size = trigger.digitStart() ? digitRunCount : 0;
        for (String word : trigger.startWords()) {
            size += counts[ids.get(word)];
        }
        int[] all = new int[size];
        int at = 0;
        if (trigger.digitStart()) {
            System.arraycopy(digitRuns, 0, all, 0, digitRunCount);
            at = digitRunCount;
        }
        for (String word : trigger.startWords()) {
            int id = ids.get(word);
            if (counts[id] > 0) {
                System.arraycopy(positions[id], 0, all, at, counts[id]);
                at += counts[id];
            }
        }
        // Each position is one run, so the lists are disjoint; only their order needs restoring.
        Arrays.sort(all);
        return all;
    }

    /** A loop, not a stream: asked for every rule of every article. */
    private boolean anyOccurs(Set<String> words) {
        for (String word : words) {
            if (counts[ids.get(word)] > 0) {
                return true;
            }
        }
        return false;
    }

    private void add(int id, int position) {
        if (positions[id] == null) {
            positions[id] = new int[4];
        } else if (counts[id] == positions[id].length) {
            positions[id] = Arrays.copyOf(positions[id], counts[id] * 2);
        }
        positions[id][counts[id]++] = position;
    }

    private void addDigitRun(int position) {
        if (digitRunCount == digitRuns.length) {
            digitRuns = Arrays.copyOf(digitRuns, digitRunCount * 2);
        }
        digitRuns[digitRunCount++] = position;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
