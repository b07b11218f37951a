package org.cpecwatch.ingest.read.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.tika.mime.MediaType;
import org.cpecwatch.ingest.read.LineFailure;
import org.cpecwatch.ingest.read.ParsedArticle;
import org.cpecwatch.ingest.read.UnreadableFileException;

/** JSON lines (batch exports): every non-blank line is its own article, and a bad line fails alone. */
final class JsonLinesParser implements ArticleParser {

    static final MediaType JSON_LINES = MediaType.application("x-ndjson");

    @Override
    public boolean accepts(MediaType type) {
        return type.equals(JSON_LINES);
    }

    @Override
    public ParseResult parse(byte[] bytes, MediaType type, String fileName) throws UnreadableFileException {
        DecodedText decoded = CharsetResolver.decode(bytes, Optional.empty());
        List<ParsedArticle> articles = new ArrayList<>();
        List<LineFailure> failures = new ArrayList<>();
        String[] lines = decoded.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            try {
                articles.add(JsonArticleFields.toArticle(JsonParser.MAPPER.readTree(line), JSON_LINES.toString(),
                        decoded.charset(), decoded.metadata(), lineNumber));
            } catch (JsonProcessingException e) {
                failures.add(new LineFailure(lineNumber, JsonErrors.describe(e)));
            } catch (UnreadableFileException e) {
                failures.add(new LineFailure(lineNumber, e.getMessage()));
            }
        }
        if (articles.isEmpty()) {
            throw new UnreadableFileException(failures.isEmpty() ? "no text: the file holds only white space"
                    : "no line is an article; line " + failures.get(0).lineNumber() + ": " + failures.get(0).reason());
        }
        return new ParseResult(articles, failures);
    }
}
