package org.cpecwatch.ingest.read.html;

import java.util.ArrayDeque;
import java.util.Deque;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The article fields that schema.org JSON-LD blocks declare. Pages often carry several blocks (site, breadcrumb,
 * article), so the first object that names a publication date or headline wins; broken JSON is skipped because
 * sites hand-write these blocks and a typo must not cost the whole page.
 */
record JsonLdFields(String headline, String author, String datePublished, String publisherName) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();
    /** Bounds the walk so a hostile block with huge nesting or fan-out costs little. */
    private static final int MAX_NODES = 5_000;

    static final JsonLdFields NONE = new JsonLdFields(null, null, null, null);

    static JsonLdFields of(Document document) {
        for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
            JsonNode article = findArticle(parse(script.data()));
            if (article != null) {
                return new JsonLdFields(text(article.get("headline")), name(article.get("author")),
                        text(article.get("datePublished")), name(article.get("publisher")));
            }
        }
        return NONE;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json.trim());
        } catch (Exception malformed) {
            return null;
        }
    }

    private static JsonNode findArticle(JsonNode root) {
        if (root == null) {
            return null;
        }
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(root);
        int visited = 0;
        while (!pending.isEmpty() && visited++ < MAX_NODES) {
            JsonNode node = pending.pop();
            if (node.isObject() && (node.hasNonNull("datePublished") || node.hasNonNull("headline"))) {
                return node;
            }
            if (node.isContainerNode()) {
                node.forEach(pending::add);
            }
        }
        return null;
    }

    /** Authors and publishers come as a string, an object with a name, or a list of either. */
    private static String name(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        return node.isObject() ? text(node.get("name")) : text(node);
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return null;
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }
}
