package org.cpecwatch.ingest.read.format;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.tika.mime.MediaType;
import org.cpecwatch.ingest.read.ArticleFileReader;
import org.cpecwatch.ingest.read.UnreadableFileException;
import org.cpecwatch.ingest.read.html.HtmlArticleExtractor;
import org.cpecwatch.testkit.HostileInput;

/**
 * Every parser of a file from the inbox, on any bytes: it returns or refuses with {@link UnreadableFileException},
 * in bounded time. The build replays the committed seeds (ParsersFuzzTestInputs/) and the findings kept there; to fuzz,
 * run {@code JAZZER_FUZZ=1 ./mvnw -pl ingest -am test -Dtest=ParsersFuzzTest#<target>} (README, "Fuzzing").
 */
class ParsersFuzzTest {

    private static final String[] NAMES = {"a.txt", "a.md", "a.json", "a.jsonl", "a.html", "a.eml", "a.pdf", "a.docx",
            "a", "a.xml", "a.rtf"};
    private static final String[] TIKA_TYPES = {"application/pdf", "message/rfc822",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/rtf",
            "application/msword", "text/plain"};

    // The first file of a kind loads its parser's classes (Tika's in particular), which can take seconds on a busy
    // machine whatever the input: done once here, so that the budget measures what an input costs.
    static {
        for (String type : TIKA_TYPES) {
            try {
                new TikaDocumentParser().parse(utf8("warm up"), MediaType.parse(type), "a");
            } catch (UnreadableFileException | RuntimeException refused) {
                // Only the loading mattered.
            }
        }
        try {
            Path file = Files.createTempFile("warm", ".txt");
            for (String name : NAMES) {
                Files.writeString(file, "od}p warm up");
                new ArticleFileReader(HostileInput.MAX_BYTES).read(file, name);
            }
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void charsetResolution(byte[] bytes) {
        HostileInput.parse(() -> refusedOrRead(() -> CharsetResolver.decode(cut(bytes), Optional.empty())));
    }

    @FuzzTest(maxDuration = "30s")
    void headerLines(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        HostileInput.parse(() -> HeaderLines.split(text));
    }

    @FuzzTest(maxDuration = "30s")
    void frontMatter(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        HostileInput.parse(() -> FrontMatter.split(text));
    }

    @FuzzTest(maxDuration = "30s")
    void json(byte[] bytes) {
        HostileInput.parse(() -> refusedOrRead(() -> new JsonParser().parse(cut(bytes), JsonParser.JSON, "a.json")));
    }

    @FuzzTest(maxDuration = "30s")
    void jsonLines(byte[] bytes) {
        HostileInput.parse(() -> refusedOrRead(
                () -> new JsonLinesParser().parse(cut(bytes), JsonLinesParser.JSON_LINES, "a.jsonl")));
    }

    @FuzzTest(maxDuration = "30s")
    void formatDetection(FuzzedDataProvider data) {
        String name = data.pickValue(NAMES);
        byte[] bytes = data.consumeRemainingAsBytes();
        HostileInput.parse(() -> new FormatDetector().detect(cut(bytes), name));
    }

    @FuzzTest(maxDuration = "30s")
    void htmlExtractor(FuzzedDataProvider data) {
        String html = data.consumeRemainingAsString();
        HostileInput.parse(() -> new HtmlArticleExtractor().extract(html, "https://example.org/a"));
    }

    @FuzzTest(maxDuration = "30s")
    void tikaDocuments(FuzzedDataProvider data) {
        MediaType type = MediaType.parse(data.pickValue(TIKA_TYPES));
        byte[] bytes = data.consumeRemainingAsBytes();
        HostileInput.parse(() -> refusedOrRead(() -> new TikaDocumentParser().parse(cut(bytes), type, "a")));
    }

    /** The whole reader, as ingest calls it: detection, decoding and the parser the format picks. */
    @FuzzTest(maxDuration = "60s")
    void wholeFile(FuzzedDataProvider data) throws Exception {
        String name = data.pickValue(NAMES);
        byte[] bytes = data.consumeRemainingAsBytes();
        Path file = Files.createTempFile("fuzz", name);
        try {
            Files.write(file, cut(bytes));
            HostileInput.parse(() -> new ArticleFileReader(HostileInput.MAX_BYTES).read(file, name));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private interface Parse {
        Object run() throws UnreadableFileException;
    }

    /** A clean refusal is a parser's right; anything else thrown is a finding. */
    private static void refusedOrRead(Parse parse) {
        try {
            parse.run();
        } catch (UnreadableFileException refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                throw new AssertionError("a refusal must say why", refused);
            }
        }
    }

    private static byte[] cut(byte[] bytes) {
        return bytes.length <= HostileInput.MAX_BYTES ? bytes : java.util.Arrays.copyOf(bytes, HostileInput.MAX_BYTES);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
