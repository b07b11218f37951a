package org.cpecwatch.enrich.relevance;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.regex.Pattern;

/**
 * The literal prefixes of all concepts of a ruleset in one trie, so one pass over a text finds the occurrences of
 * every concept's {@link PrefixFilter}: scanning the text once per concept, comparing dozens of prefixes that share
 * a common first letter, was most of the enrichment time. The result is, per concept, exactly what
 * {@link PrefixFilter#find} gives: the same pairs in the same order.
 */
final class PrefixTrie {

    /** Per concepts map: built once per ruleset; a reloaded ruleset's old trie may go with its patterns. */
    private static final Map<Map<String, Pattern>, PrefixTrie> BY_CONCEPTS =
            Collections.synchronizedMap(new WeakHashMap<>());
    /** The trie asked for last, checked by identity first: every article asks, and nearly always of one ruleset. */
    private static volatile PrefixTrie last;

    /** Weakly: the cache's values must not hold their keys, or a reloaded ruleset's concepts would never go. */
    private final WeakReference<Map<String, Pattern>> concepts;
    /** Concept name to its slot in the result; names without a PrefixFilter are absent. */
    private final Map<String, Integer> slots = new HashMap<>();
    /** The root's children by first char: most text positions start no prefix, and this says so in one load. */
    private final TrieNode[] firsts;
    /**
     * Per prefix id, its concept's slot and its length. Ids are numbered concept by concept and, within a concept, in
     * its filter's order, so adding the matches at one position in id order keeps find's order within each concept.
     */
    private final int[] slotOf;
    private final int[] lengthOf;

    private PrefixTrie(Map<String, Pattern> concepts) {
        this.concepts = new WeakReference<>(concepts);
        List<Integer> slotList = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        TrieNode root = new TrieNode();
        concepts.forEach((name, pattern) -> {
            Optional<PrefixFilter> filter = PrefixFilter.of(pattern);
            if (filter.isEmpty()) {
                return;
            }
            int slot = slots.size();
            slots.put(name, slot);
            for (char[] prefix : filter.get().foldedPrefixes()) {
                root.add(prefix, 0, lengths.size());
                slotList.add(slot);
                lengths.add(prefix.length);
            }
        });
        slotOf = slotList.stream().mapToInt(Integer::intValue).toArray();
        lengthOf = lengths.stream().mapToInt(Integer::intValue).toArray();
        root.freeze();
        firsts = root.childrenByChar();
    }

    static PrefixTrie of(Map<String, Pattern> concepts) {
        PrefixTrie seen = last;
        if (seen != null && seen.concepts.get() == concepts) {
            return seen;
        }
        PrefixTrie trie = BY_CONCEPTS.computeIfAbsent(concepts, PrefixTrie::new);
        last = trie;
        return trie;
    }

    /** The slot of a concept in {@link #find}'s result, or -1 when it has no prefix filter. */
    int slot(String concept) {
        return slots.getOrDefault(concept, -1);
    }

    /** Per slot, the occurrences {@link PrefixFilter#find} would give for the text whose folded chars are given. */
    Occurrences[] find(String text, char[] foldedText) {
        Occurrences[] found = new Occurrences[slots.size()];
        for (int i = 0; i < found.length; i++) {
            found[i] = new Occurrences();
        }
        MatchBuffer matched = new MatchBuffer(slotOf.length);
        for (int i = 0; i < foldedText.length; i++) {
            // As in find: the prefixes starting with the folded char first, then those starting with the raw char.
            char folded = foldedText[i];
            char raw = text.charAt(i);
            addSpelled(first(folded), text, foldedText, i, matched, found);
            if (raw != folded) {
                addSpelled(first(raw), text, foldedText, i, matched, found);
            }
        }
        return found;
    }

    private TrieNode first(char c) {
        return c < firsts.length ? firsts[c] : null;
    }

    private void addSpelled(TrieNode first, String text, char[] foldedText, int at, MatchBuffer matched,
                            Occurrences[] into) {
        if (first == null) {
            return;
        }
        matched.clear();
        first.collect(text, foldedText, at + 1, matched);
        matched.sort();
        for (int k = 0; k < matched.size(); k++) {
            int id = matched.get(k);
            into[slotOf[id]].add(at, at + lengthOf[id]);
        }
    }
}
