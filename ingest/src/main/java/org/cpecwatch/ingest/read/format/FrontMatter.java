package org.cpecwatch.ingest.read.format;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** YAML front matter ({@code ---} ... {@code ---}) at the top of a Markdown file, flattened to strings. */
final class FrontMatter {

    record Split(Map<String, String> fields, String body) {
    }

    private static final String FENCE = "---";
    private static final int MAX_DEPTH = 3;

    private FrontMatter() {
    }

    /** Empty when the text does not open with a fenced YAML mapping; a thematic break alone is not front matter. */
    static Optional<Split> split(String text) {
        if (!text.startsWith(FENCE + "\n")) {
            return Optional.empty();
        }
        int end = text.indexOf("\n" + FENCE, FENCE.length());
        if (end < 0) {
            return Optional.empty();
        }
        int afterFence = text.indexOf('\n', end + 1 + FENCE.length());
        // "---\n---" is an empty front matter: the closing fence's newline is the opening's.
        String yaml = end <= FENCE.length() ? "" : text.substring(FENCE.length() + 1, end);
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(options())).load(yaml);
        } catch (YAMLException notYaml) {
            return Optional.empty();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (key != null && value != null) {
                fields.put(flatten(key, 0), flatten(value, 0));
            }
        });
        String body = afterFence < 0 ? "" : text.substring(afterFence + 1).strip();
        return Optional.of(new Split(fields, body));
    }

    /**
     * An author's front matter is a few short fields: anything deeper or longer is hostile (a YAML alias can make a
     * list contain itself, and flattening it would never end).
     */
    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(10);
        options.setCodePointLimit(64 * 1024);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    private static String flatten(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            return "…";
        }
        if (value instanceof Date date) {
            // SnakeYAML reads "2022-12-21" as midnight UTC; write it back as the date the author wrote.
            var at = date.toInstant().atOffset(ZoneOffset.UTC);
            return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : date.toInstant().toString();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(item -> flatten(item, depth + 1)).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> flatten(e.getKey(), depth + 1) + ": " + flatten(e.getValue(), depth + 1))
                    .collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
