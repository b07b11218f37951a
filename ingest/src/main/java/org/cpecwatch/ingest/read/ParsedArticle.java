package org.cpecwatch.ingest.read;

import java.util.Map;

/**
 * One article as a parser found it in a file: text already UTF-8 NFC, metadata by plain keys
 * (date, title, url, source, author, charset, charsetConfidence...).
 *
 * @param lineNumber the JSONL line it came from, null for files that hold one article
 */
public record ParsedArticle(String body, String title, String contentType, String charset,
                            Map<String, String> metadata, Integer lineNumber) {

    public ParsedArticle {
        metadata = Map.copyOf(metadata);
    }
}
