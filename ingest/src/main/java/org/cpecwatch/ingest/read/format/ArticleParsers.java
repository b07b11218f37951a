package org.cpecwatch.ingest.read.format;

import java.util.List;
import java.util.Optional;

import org.apache.tika.mime.MediaType;

/** The parsers ingest knows, asked in order; the first that accepts a type reads it. */
public final class ArticleParsers {

    private final List<ArticleParser> parsers = List.of(new PlainTextParser(), new HtmlParser(), new JsonParser(),
            new JsonLinesParser(), new TikaDocumentParser());

    public Optional<ArticleParser> forType(MediaType type) {
        return parsers.stream().filter(p -> p.accepts(type)).findFirst();
    }
}
