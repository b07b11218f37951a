package org.cpecwatch.ingest.read.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.cpecwatch.ingest.read.ParsedArticle;
import org.cpecwatch.ingest.read.UnreadableFileException;

/** Maps the field names that news exports and scrapers use onto an article; the first present name wins. */
final class JsonArticleFields {

    private static final List<String> BODY = List.of("body", "text", "content", "article", "articleBody");
    private static final List<String> TITLE = List.of("title", "headline");
    private static final Map<String, List<String>> METADATA = Map.of(
            "date", List.of("date", "published", "publishedAt", "date_published", "datePublished"),
            "url", List.of("url", "link"),
            "source", List.of("source", "site", "outlet"),
            "author", List.of("author", "byline"),
            "language", List.of("language", "lang"));

    private JsonArticleFields() {
    }

    static ParsedArticle toArticle(JsonNode json, String contentType, String charset, Map<String, String> charsetMetadata,
                                   Integer lineNumber) throws UnreadableFileException {
        if (!json.isObject()) {
            throw new UnreadableFileException("expected a JSON object, found " + json.getNodeType().toString().toLowerCase(Locale.ROOT));
        }
        String body = first(json, BODY).orElseThrow(() -> new UnreadableFileException(
                "no text field: expected one of " + String.join(", ", BODY)));
        Map<String, String> metadata = new LinkedHashMap<>(charsetMetadata);
        for (Map.Entry<String, List<String>> field : METADATA.entrySet()) {
            Optional<String> value = first(json, field.getValue());
            if (value.isPresent()) {
                metadata.put(field.getKey(), value.get());
            }
        }
        String title = first(json, TITLE).orElse(null);
        return new ParsedArticle(Bodies.require(TextNormaliser.normalise(body)), title, contentType, charset, metadata,
                lineNumber);
    }

    private static Optional<String> first(JsonNode json, List<String> names) throws UnreadableFileException {
        for (String name : names) {
            Optional<String> value = text(name, json.get(name));
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** Scalars as written; an object by its name (an author or source object); an array as its first element. */
    private static Optional<String> text(String field, JsonNode node) throws UnreadableFileException {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (node.isValueNode()) {
            String value = refuseForbidden(field, node.asText()).strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
        if (node.isObject()) {
            return text(field, node.get("name"));
        }
        return node.isArray() && !node.isEmpty() ? text(field, node.get(0)) : Optional.empty();
    }

    /** Checked on the unescaped value: in the raw text the escape of a NUL is six harmless ASCII characters. */
    private static String refuseForbidden(String field, String value) throws UnreadableFileException {
        Optional<String> forbidden = ForbiddenCharacters.describeFirst(value);
        if (forbidden.isPresent()) {
            throw new UnreadableFileException("the JSON string in \"" + field + "\" holds " + forbidden.get()
                    + ": not text an article can carry");
        }
        return value;
    }
}
