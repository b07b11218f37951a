package org.cpecwatch.ingest.read;

import java.time.Instant;

import org.cpecwatch.schemas.avro.RawArticle;

/** The raw record for a text read from a file; ingest and {@code cpecwatch tag} build it the same way. */
public final class RawArticles {

    private RawArticles() {
    }

    public static RawArticle from(ReadOutcome.Text text, String fileName, Instant at) {
        return RawArticle.newBuilder()
                .setId(ArticleId.of(text.text()))
                .setSourceFile(fileName)
                .setIngestedAt(at)
                .setSizeBytes(text.sizeBytes())
                .setContentType(text.contentType())
                .setCharset(text.charset())
                .setBody(text.text())
                .build();
    }
}
