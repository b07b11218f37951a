package org.cpecwatch.enrich.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpecwatch.schemas.avro.Span;

/** Splits text into sentences (and lines, since headlines end without a full stop), keeping their offsets. */
final class Sentences {

    /** A sentence as the offsets [start, end) of its text. */
    record Sentence(int start, int end) {
    }

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])\\s+|\\n+");

    private Sentences() {
    }

    static List<Sentence> of(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(text);
        int start = 0;
        while (m.find()) {
            add(text, start, m.start(), sentences);
            start = m.end();
        }
        add(text, start, text.length(), sentences);
        return sentences;
    }

    /** The first {@code limit} sentences that every pattern matches, quoted as evidence. */
    static List<Span> withAll(String text, List<Sentence> sentences, List<Pattern> patterns, int limit) {
        return withAll(text, sentences, patterns, List.of(), limit);
    }

    /** The first {@code limit} sentences that every pattern and none of {@code unless} matches. */
    static List<Span> withAll(String text, List<Sentence> sentences, List<Pattern> patterns, List<Pattern> unless,
                              int limit) {
        List<Span> found = new ArrayList<>();
        for (Sentence s : sentences) {
            String sentence = text.substring(s.start(), s.end());
            if (patterns.stream().allMatch(p -> p.matcher(sentence).find())
                    && unless.stream().noneMatch(p -> p.matcher(sentence).find())) {
                found.add(new Span(s.start(), s.end(), sentence));
                if (found.size() >= limit) {
                    break;
                }
            }
        }
        return found;
    }

    private static void add(String text, int start, int end, List<Sentence> into) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            into.add(new Sentence(start, end));
        }
    }
}
