package org.cpecwatch.ingest.read;

import java.time.Instant;
import java.util.HashMap;

import org.cpecwatch.schemas.avro.RawArticle;

/** The raw record for an article read from a file; ingest and {@code cpecwatch tag} build it the same way. */
public final class RawArticles {

    private RawArticles() {
    }

    public static RawArticle from(ParsedArticle article, long sizeBytes, String fileName, Instant at) {
        return RawArticle.newBuilder()
                .setId(ArticleId.of(article.body()))
                .setSourceFile(fileName)
                .setIngestedAt(at)
                .setSizeBytes(sizeBytes)
                .setContentType(article.contentType())
                .setCharset(article.charset())
                .setTitle(article.title())
                .setBody(article.body())
                .setMetadata(new HashMap<>(article.metadata()))
                .setLineNumber(article.lineNumber())
                .build();
    }
}
