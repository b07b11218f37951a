package org.cpecwatch.ingest.read.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.cpecwatch.ingest.IngestConfig;
import org.cpecwatch.ingest.read.ArticleFileReader;
import org.cpecwatch.ingest.read.LineFailure;
import org.cpecwatch.ingest.read.ParsedArticle;
import org.cpecwatch.ingest.read.ReadOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text that only looks decodable: bytes behind a byte-order mark, and characters that JSON escapes let in. */
class StrictDecodingTest {

    @TempDir
    Path dir;

    private final ArticleFileReader reader = new ArticleFileReader(IngestConfig.DEFAULT_MAX_FILE_BYTES);

    @Test
    void shouldRefuseRandomBytesBehindAUtf16ByteOrderMark() throws IOException {
        byte[] noise = new byte[4097];
        new Random(11).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            // No NUL bytes, so only the decoding itself can tell this is not text.
            noise[i] = noise[i] == 0 ? 1 : noise[i];
        }
        String reason = reason(write("noise.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, noise)));
        assertTrue(reason.contains("UTF-16LE") && reason.contains("byte-order mark"), reason);
    }

    @Test
    void shouldRefuseALoneSurrogateBehindAUtf16ByteOrderMark() throws IOException {
        byte[] text = "Gwadar port reopened on Monday after the attack.".getBytes(StandardCharsets.UTF_16BE);
        byte[] loneHighSurrogate = {(byte) 0xD8, 0x01, 0x00, 0x41};
        String reason = reason(write("lone.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text, loneHighSurrogate)));
        assertTrue(reason.contains("UTF-16BE") && reason.contains("byte-order mark"), reason);
    }

    @Test
    void shouldRefuseInvalidUtf8BehindAUtf8ByteOrderMark() throws IOException {
        byte[] text = "Gwadar port reopened on Monday after the attack.".getBytes(StandardCharsets.UTF_8);
        byte[] invalid = {(byte) 0xC3, 0x28, (byte) 0xFF};
        String reason = reason(write("bad-utf8.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text, invalid)));
        assertTrue(reason.contains("UTF-8") && reason.contains("byte-order mark"), reason);
    }

    @Test
    void shouldStillReadCleanUtf16BehindItsByteOrderMark() throws IOException {
        byte[] text = "Gwadar port reopened on Monday after the attack. گوادر 中巴".getBytes(StandardCharsets.UTF_16LE);
        ReadOutcome outcome = reader.read(write("clean.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text)), "clean.txt");
        ParsedArticle article = assertInstanceOf(ReadOutcome.Articles.class, outcome).articles().get(0);
        assertEquals("Gwadar port reopened on Monday after the attack. گوادر 中巴", article.body());
        assertEquals("UTF-16LE", article.charset());
    }

    @Test
    void shouldRefuseAnEscapedNulInAJsonString() throws IOException {
        String reason = reason(write("nul.json", "{\"title\": \"Gwadar\", \"body\": \"Gwadar port\\u0000 reopened.\"}"));
        assertTrue(reason.contains("NUL") && reason.contains("body"), reason);
    }

    @Test
    void shouldRefuseAnUnpairedSurrogateEscapedInAJsonString() throws IOException {
        String reason = reason(write("lone.json", "{\"title\": \"Gwadar \\ud800 port\", \"body\": \"Gwadar port reopened.\"}"));
        assertTrue(reason.contains("lone surrogate") && reason.contains("title"), reason);
    }

    @Test
    void shouldKeepAnEscapedSurrogatePairInJson() throws IOException {
        ReadOutcome outcome = reader.read(write("pair.json", "{\"body\": \"Gwadar port \\ud83d\\ude00 reopened.\"}"), "pair.json");
        ParsedArticle article = assertInstanceOf(ReadOutcome.Articles.class, outcome).articles().get(0);
        assertEquals("Gwadar port \uD83D\uDE00 reopened.", article.body());
    }

    @Test
    void shouldCountAJsonLineWithAnEscapedNulOrLoneSurrogateAsABadLine() throws IOException {
        ReadOutcome outcome = reader.read(write("export.jsonl", """
                {"title": "One", "body": "First article about Gwadar."}
                {"title": "Two", "body": "Second article\\u0000 about Dasu."}
                {"title": "Three", "author": {"name": "A. \\udfff"}, "body": "Third article about Karachi."}
                {"title": "Four", "body": "Fourth article about Thar."}
                """), "export.jsonl");
        ReadOutcome.Articles read = assertInstanceOf(ReadOutcome.Articles.class, outcome);
        assertEquals(List.of(1, 4), read.articles().stream().map(ParsedArticle::lineNumber).toList());
        assertEquals(List.of(2, 3), read.failures().stream().map(LineFailure::lineNumber).toList());
        assertTrue(read.failures().get(0).reason().contains("NUL"), read.failures().get(0).reason());
        assertTrue(read.failures().get(1).reason().contains("lone surrogate"), read.failures().get(1).reason());
    }

    private String reason(Path file) {
        ReadOutcome outcome = reader.read(file, file.getFileName().toString());
        return assertInstanceOf(ReadOutcome.Unreadable.class, outcome, () -> "read as " + outcome).reason();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
