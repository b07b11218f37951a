package org.cpecwatch.ingest.read.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * The format of a file from its bytes, the name only as a hint. Tika knows the binary formats and markup;
 * JSON and JSON lines it sees as plain text, so their shape is checked here.
 */
public final class FormatDetector {

    // Enough to see the shape of the first few lines of an export without decoding a whole file.
    private static final int SNIFF_BYTES = 64 * 1024;

    private static final MediaType USENET_ARTICLE = MediaType.parse("message/news");

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    public MediaType detect(byte[] bytes, String fileName) throws IOException {
        String lowerName = fileName.toLowerCase(Locale.ROOT);
        // Tika's magic runs ~1,500 patterns over the bytes: most of ingest's time on a backlog of .txt files.
        if (lowerName.endsWith(".txt") && PlainTextProbe.isPlainText(bytes)) {
            return MediaType.TEXT_PLAIN;
        }
        // ~1 MB of Tika's allocations a file: on a backlog of JSON files, most of ingest's garbage.
        boolean jsonName = lowerName.endsWith(".json") || lowerName.endsWith(".jsonl") || lowerName.endsWith(".ndjson");
        MediaType detected = jsonName && PlainTextProbe.isJsonText(bytes) ? MediaType.TEXT_PLAIN : tika(bytes, fileName);
        if (detected.equals(USENET_ARTICLE)) {
            // Tika's magic calls any text that starts with "Article" a Usenet post; for ingest it is plain text.
            detected = MediaType.TEXT_PLAIN;
        }
        boolean textual = detected.equals(MediaType.TEXT_PLAIN) || detected.equals(JsonParser.JSON)
                || detected.equals(JsonLinesParser.JSON_LINES);
        if (!textual) {
            return detected;
        }
        if (lowerName.endsWith(".jsonl") || lowerName.endsWith(".ndjson")) {
            return JsonLinesParser.JSON_LINES;
        }
        return jsonShape(bytes).orElse(detected);
    }

    private MediaType tika(byte[] bytes, String fileName) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (TikaInputStream stream = TikaInputStream.get(bytes)) {
            return detector.detect(stream, metadata).getBaseType();
        }
    }

    private static Optional<MediaType> jsonShape(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").strip();
        if (!start.startsWith("{") && !start.startsWith("[")) {
            return Optional.empty();
        }
        // The last sniffed line may be cut off mid-object; judge by the lines that are complete.
        List<String> lines = start.lines().filter(l -> !l.isBlank()).map(String::strip).toList();
        List<String> complete = bytes.length > SNIFF_BYTES ? lines.subList(0, Math.max(1, lines.size() - 1)) : lines;
        boolean objectPerLine = complete.size() > 1
                && complete.stream().allMatch(l -> l.startsWith("{") && l.endsWith("}"));
        return Optional.of(objectPerLine ? JsonLinesParser.JSON_LINES : JsonParser.JSON);
    }
}
