package org.cpecwatch.enrich.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpecwatch.schemas.avro.Span;

/** One piece of evidence the relevance score counts: a named pattern with a weight and a sentence a person reads. */
record Rule(String name, String description, double weight, Pattern pattern) {

    private static final int MAX_EVIDENCE = 3;

    static Rule of(String name, String description, double weight, String regex) {
        return new Rule(name, description, weight, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** The first few places the pattern matches, as quotable spans; empty when it does not match. */
    List<Span> evidenceIn(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find() && spans.size() < MAX_EVIDENCE) {
            spans.add(new Span(m.start(), m.end(), m.group()));
        }
        return spans;
    }
}
