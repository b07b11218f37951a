package org.cpecwatch.enrich.relevance;

import java.util.Arrays;

/** A node of {@link PrefixTrie}: children by folded prefix char, and the ids of the prefixes that end here. */
final class TrieNode {

    private static final int[] NONE = {};
    /** Up to this many chars from the lowest key, children are looked up by index (see freeze). */
    private static final int DIRECT_SPAN = 128;

    /** Sorted, so a lookup without the index is a binary search. */
    private char[] keys = new char[0];
    private TrieNode[] children = new TrieNode[0];
    private int[] ends = NONE;
    /** Set by freeze, once every prefix is added: add must not follow it, the index would not see new children. */
    private char lowest;
    private TrieNode[] byChar;

    void add(char[] prefix, int from, int id) {
        if (from == prefix.length) {
            ends = Arrays.copyOf(ends, ends.length + 1);
            ends[ends.length - 1] = id;
            return;
        }
        TrieNode next = child(prefix[from]);
        if (next == null) {
            int at = -Arrays.binarySearch(keys, prefix[from]) - 1;
            keys = insert(keys, at, prefix[from]);
            TrieNode[] grown = new TrieNode[children.length + 1];
            System.arraycopy(children, 0, grown, 0, at);
            System.arraycopy(children, at, grown, at + 1, children.length - at);
            next = new TrieNode();
            grown[at] = next;
            children = grown;
        }
        next.add(prefix, from + 1, id);
    }

    private static char[] insert(char[] keys, int at, char key) {
        char[] grown = new char[keys.length + 1];
        System.arraycopy(keys, 0, grown, 0, at);
        grown[at] = key;
        System.arraycopy(keys, at, grown, at + 1, keys.length - at);
        return grown;
    }

    TrieNode child(char c) {
        if (byChar != null) {
            int i = c - lowest;
            return i >= 0 && i < byChar.length ? byChar[i] : null;
        }
        int i = Arrays.binarySearch(keys, c);
        return i >= 0 ? children[i] : null;
    }

    /**
     * Done adding: the walk asks a node for a child at every char it reads, so a node whose keys lie close together
     * (the letters of English prefixes nearly always do) answers from an array indexed by char instead of a search.
     */
    void freeze() {
        if (keys.length > 0 && keys[keys.length - 1] - keys[0] < DIRECT_SPAN) {
            lowest = keys[0];
            byChar = new TrieNode[keys[keys.length - 1] - lowest + 1];
            for (int i = 0; i < keys.length; i++) {
                byChar[keys[i] - lowest] = children[i];
            }
        }
        for (TrieNode child : children) {
            child.freeze();
        }
    }

    /** The children indexed by their char, up to the highest: for the root, asked at every text position. */
    TrieNode[] childrenByChar() {
        TrieNode[] byChar = new TrieNode[keys.length == 0 ? 0 : keys[keys.length - 1] + 1];
        for (int i = 0; i < keys.length; i++) {
            byChar[keys[i]] = children[i];
        }
        return byChar;
    }

    /**
     * The ids of the prefixes that end here or below, spelled from text position {@code at} on. A prefix char matches
     * when the folded or the raw text char equals it (PrefixFilter.spelledAt), so the walk follows both where they differ;
     * they are different chars, so no node is reached twice.
     */
    void collect(String text, char[] foldedText, int at, MatchBuffer into) {
        for (int id : ends) {
            into.add(id);
        }
        if (at >= foldedText.length || keys.length == 0) {
            return;
        }
        char folded = foldedText[at];
        char raw = text.charAt(at);
        TrieNode next = child(folded);
        if (next != null) {
            next.collect(text, foldedText, at + 1, into);
        }
        if (raw != folded) {
            next = child(raw);
            if (next != null) {
                next.collect(text, foldedText, at + 1, into);
            }
        }
    }
}
