package org.cpecwatch.ingest.read.format;

import java.util.List;

import org.cpecwatch.ingest.read.LineFailure;
import org.cpecwatch.ingest.read.ParsedArticle;

/** The articles a parser found and, for line-based formats, the lines it could not read. */
public record ParseResult(List<ParsedArticle> articles, List<LineFailure> failures) {

    public ParseResult {
        articles = List.copyOf(articles);
        failures = List.copyOf(failures);
    }

    static ParseResult of(ParsedArticle article) {
        return new ParseResult(List.of(article), List.of());
    }
}
