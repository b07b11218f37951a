package org.cpecwatch.enrich.relevance;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a regex spells inside a group it repeats many times ({@code *}, {@code +}, {@code {n,}} or more than
 * {@value #MANY} times): a run of one of them is the text that can slow such a group down, as in
 * {@code (?:Chinese\s*)+\s*nationals}. Runs of the words of bounded groups such as {@code (?:\w+ ){0,3}} cost little,
 * and probing every word of a long alternation made loading the shipped ruleset take seconds.
 */
final class RepeatedWords {

    static final int MANY = 10;
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern MANY_TIMES = Pattern.compile("[*+]|\\{\\d+,(\\d*)}");

    private RepeatedWords() {
    }

    static Set<String> of(String regex) {
        Set<String> words = new LinkedHashSet<>();
        Deque<Integer> openGroups = new ArrayDeque<>();
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                openGroups.push(i);
            } else if (c == ')' && !openGroups.isEmpty()) {
                int open = openGroups.pop();
                if (repeatedManyTimes(regex, i + 1)) {
                    wordsOf(regex.substring(open, i), words);
                }
            }
        }
        return words;
    }

    private static boolean repeatedManyTimes(String regex, int after) {
        Matcher quantifier = MANY_TIMES.matcher(regex).region(after, regex.length());
        if (!quantifier.lookingAt()) {
            return false;
        }
        String max = quantifier.group(1);
        return max == null || max.isEmpty() || max.length() > 6 || Integer.parseInt(max) > MANY;
    }

    /** Letters after a backslash are escapes (\b, \w, \p{L}), not words. */
    private static void wordsOf(String group, Set<String> words) {
        Matcher word = WORD.matcher(group);
        while (word.find()) {
            boolean escaped = word.start() > 0 && group.charAt(word.start() - 1) == '\\';
            String w = escaped ? group.substring(word.start() + 1, word.end()) : word.group();
            if (w.length() >= 2) {
                words.add(w);
            }
        }
    }
}
