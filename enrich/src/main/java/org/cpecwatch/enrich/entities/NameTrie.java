package org.cpecwatch.enrich.entities;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The gazetteer's names as a trie, scanned once along the text. It finds exactly the mentions that the regex
 * {@code (?<![\p{L}\p{N}-])(?:name|name|…)(?![\p{L}\p{N}-])}, names longest first, finds, in a fraction of the time:
 * the regex tries every alternative at every position of the text.
 *
 * <p>At a position the regex takes the first alternative, in its longest-first order, that is spelled there and not
 * followed by a letter, digit or hyphen; two names of one length cannot both be spelled at one position, so that is
 * the longest such name, which is what the scan picks. The scan then goes on after the mention, as find() does.
 */
final class NameTrie {

    /** Receives each mention found, as offsets [start, end). */
    interface Mentions {
        void found(int start, int end);
    }

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        boolean endsAName;
    }

    private static final int WORD_CATEGORIES = (1 << Character.UPPERCASE_LETTER) | (1 << Character.LOWERCASE_LETTER)
            | (1 << Character.TITLECASE_LETTER) | (1 << Character.MODIFIER_LETTER) | (1 << Character.OTHER_LETTER)
            | (1 << Character.DECIMAL_DIGIT_NUMBER) | (1 << Character.LETTER_NUMBER) | (1 << Character.OTHER_NUMBER);

    private final Node root = new Node();
    /** The root's children by first char: asked at every position of the text, so one array load, no boxing. */
    private Node[] firsts;

    private NameTrie() {
    }

    /**
     * A trie of the names, or none when there are no names, a name is empty or one holds a surrogate: there the
     * regex's empty matches and look-behind work by rules this scan does not copy, so the caller keeps the regex.
     */
    static Optional<NameTrie> of(Collection<String> names) {
        if (names.isEmpty()) {
            return Optional.empty();
        }
        NameTrie trie = new NameTrie();
        for (String name : names) {
            if (name.isEmpty() || name.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
                return Optional.empty();
            }
            Node node = trie.root;
            for (int i = 0; i < name.length(); i++) {
                node = node.next.computeIfAbsent(name.charAt(i), c -> new Node());
            }
            node.endsAName = true;
        }
        int highest = trie.root.next.keySet().stream().mapToInt(c -> c).max().orElse(-1);
        trie.firsts = new Node[highest + 1];
        trie.root.next.forEach((c, node) -> trie.firsts[c] = node);
        return Optional.of(trie);
    }

    void scan(String text, Mentions mentions) {
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            Node first = c < firsts.length ? firsts[c] : null;
            int end = first != null && freeBefore(text, at) ? longestNameAt(text, at, first) : -1;
            if (end < 0) {
                at++;
            } else {
                mentions.found(at, end);
                at = end;
            }
        }
    }

    /**
     * The end of the longest name spelled at {@code start}, whose first char leads to {@code first}, and not followed
     * by a word character, or -1.
     */
    private int longestNameAt(String text, int start, Node first) {
        int longest = -1;
        Node node = first;
        int i = start;
        while (true) {
            if (node.endsAName && freeAfter(text, i + 1)) {
                longest = i + 1;
            }
            if (++i >= text.length()) {
                break;
            }
            node = node.next.get(text.charAt(i));
            if (node == null) {
                break;
            }
        }
        return longest;
    }

    /**
     * The look-behind reads one char back, as a code point on its own: a low surrogate there is no letter even when
     * its pair is, just as in the regex.
     */
    private static boolean freeBefore(String text, int at) {
        return at == 0 || !isWordOrHyphen(text.charAt(at - 1));
    }

    /** The look-ahead reads the whole code point that follows. */
    private static boolean freeAfter(String text, int at) {
        return at == text.length() || !isWordOrHyphen(text.codePointAt(at));
    }

    /** The class {@code [\p{L}\p{N}-]}. */
    private static boolean isWordOrHyphen(int codePoint) {
        return codePoint == '-' || (WORD_CATEGORIES & (1 << Character.getType(codePoint))) != 0;
    }
}
