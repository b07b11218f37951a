package org.cpecwatch.enrich.relevance;

import java.util.List;

import org.cpecwatch.schemas.avro.Span;

/**
 * One readable feature of one article: its value and the words it was read from, so that a feature that moves the
 * score can be quoted as a reason.
 */
public record Feature(String name, String description, double value, List<Span> evidence) {

    public boolean present() {
        return value != 0;
    }
}
