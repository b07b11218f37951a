package org.cpecwatch.enrich.relevance;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Literal texts one of which every match of a concept must start with, read off the regex: "chinese", "china",
 * "beijing" and "cpec" for {@code \b(?:Chinese|China['’]s|Beijing['’]s)\s+…|\bCPEC\s+…}. A sentence that spells none
 * of them cannot match, and most sentences spell none, so the regex need not run there.
 *
 * <p>Only a plain shape is read: branches that start, after {@code \b} or an inline case flag, with literal characters
 * or with an unquantified group whose branches do. Anything else (look-arounds, classes, escapes, quantified groups,
 * an empty branch) gives no prefixes and the regex runs everywhere, as before.
 */
final class LiteralPrefixes {

    private static final String META = "\\^$.|?*+()[]{}";

    private final String regex;

    private LiteralPrefixes(String regex) {
        this.regex = regex;
    }

    /** The prefixes of a concept, or none when its regex is not of the plain shape. */
    static Optional<Set<String>> of(Pattern concept) {
        int unsupported = Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ;
        String regex = concept.pattern();
        // \Q quotes and \c takes the next char literally, "[]" and "[^]" read differently by engines: not read here.
        // \G depends on where the previous search ended, which TextMatches' skipping ahead would change.
        if ((concept.flags() & unsupported) != 0 || regex.contains("\\Q") || regex.contains("\\c") || regex.contains("\\G")
                || regex.contains("[]") || regex.contains("[^]")) {
            return Optional.empty();
        }
        return Optional.ofNullable(new LiteralPrefixes(regex).alternation(0, regex.length()));
    }

    /** The prefixes of {@code a|b|…} in regex[from, to), or null. */
    private Set<String> alternation(int from, int to) {
        Set<String> prefixes = new LinkedHashSet<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || regex.charAt(i) == '|') {
                Set<String> branch = branch(start, i);
                if (branch == null) {
                    return null;
                }
                prefixes.addAll(branch);
                start = i + 1;
            } else {
                i = skipAtom(i, to) - 1;
            }
        }
        return prefixes;
    }

    private Set<String> branch(int from, int to) {
        int i = from;
        while (true) {
            if (regex.startsWith("\\b", i) && !regex.startsWith("\\b{", i)) {
                i += 2;
            } else if (inlineFlagsEnd(i) > 0 && regex.charAt(inlineFlagsEnd(i)) == ')') {
                i = inlineFlagsEnd(i) + 1;
            } else {
                break;
            }
        }
        if (i < to && regex.charAt(i) == '(') {
            int close = skipAtom(i, to) - 1;
            int body = groupBody(i);
            if (body < 0 || close >= to || regex.charAt(close) != ')' || (close + 1 < to && isQuantifier(close + 1))) {
                return null;
            }
            return alternation(body, close);
        }
        int end = i;
        while (end < to && META.indexOf(regex.charAt(end)) < 0 && !Character.isSurrogate(regex.charAt(end))) {
            end++;
        }
        if (end < to && isQuantifier(end)) {
            end--; // the quantifier makes the last character optional or repeatable
        }
        return end > i ? Set.of(regex.substring(i, end)) : null;
    }

    /** Where the body of a group opening at {@code at} starts: (…), (?:…), (?i:…), (?-i:…); -1 for other kinds. */
    private int groupBody(int at) {
        if (!regex.startsWith("(?", at)) {
            return at + 1;
        }
        if (regex.startsWith("(?:", at)) {
            return at + 3;
        }
        int flagsEnd = inlineFlagsEnd(at);
        return flagsEnd > 0 && regex.charAt(flagsEnd) == ':' ? flagsEnd + 1 : -1;
    }

    /** After "(?" and case flags (i, u, -) opening at {@code at}, the index of the next char; -1 if no such opening. */
    private int inlineFlagsEnd(int at) {
        if (!regex.startsWith("(?", at)) {
            return -1;
        }
        int i = at + 2;
        while (i < regex.length() && "iu-".indexOf(regex.charAt(i)) >= 0) {
            i++;
        }
        return i > at + 2 && i < regex.length() ? i : -1;
    }

    private boolean isQuantifier(int at) {
        return "?*+{".indexOf(regex.charAt(at)) >= 0;
    }

    /** The index after the atom at {@code at}: an escape, a character class, a whole group, or one character. */
    private int skipAtom(int at, int to) {
        char c = regex.charAt(at);
        if (c == '\\') {
            return Math.min(at + 2, to);
        }
        if (c == '[') {
            int depth = 0;
            for (int i = at; i < to; i++) {
                char d = regex.charAt(i);
                if (d == '\\') {
                    i++;
                } else if (d == '[') {
                    depth++;
                } else if (d == ']' && i > at + 1 && !(i == at + 2 && regex.charAt(at + 1) == '^') && --depth == 0) {
                    return i + 1;
                }
            }
            return to;
        }
        if (c == '(') {
            int i = at + 1;
            while (i < to && regex.charAt(i) != ')') {
                i = skipAtom(i, to);
            }
            return Math.min(i + 1, to);
        }
        return at + 1;
    }
}
