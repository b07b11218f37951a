package org.cpecwatch.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileReaderTest {

    @TempDir
    Path dir;

    private final ArticleFileReader reader = new ArticleFileReader(1024);

    @Test
    void shouldReadUtf8TextAndNormaliseLineEndingsAndComposition() throws IOException {
        // "e" + combining acute accent must become the single composed character.
        Path file = write("a.txt", "  Caf\u0065\u0301 attack\r\nsecond line\r\n".getBytes(StandardCharsets.UTF_8));

        ParsedArticle text = only(file);

        assertEquals("Caf\u00e9 attack\nsecond line", text.body());
        assertEquals("UTF-8", text.charset());
        assertEquals("text/plain", text.contentType());
    }

    @Test
    void shouldDecodeUtf16WithByteOrderMark() throws IOException {
        byte[] body = "Gwadar port".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);

        ParsedArticle text = only(write("u.txt", bytes));

        assertEquals("Gwadar port", text.body());
        assertEquals("UTF-16LE", text.charset());
        assertEquals("100", text.metadata().get("charsetConfidence"));
    }

    @Test
    void shouldDetectWindows1252SmartQuotes() throws IOException {
        byte[] bytes = "\u201cChinese nationals\u201d were moved to a safer camp near the port, officials said."
                .getBytes(Charset.forName("windows-1252"));

        ParsedArticle text = only(write("w.txt", bytes));

        assertEquals("\u201cChinese nationals\u201d were moved to a safer camp near the port, officials said.", text.body());
        assertEquals("windows-1252", text.charset());
    }

    @Test
    void shouldRefuseEmptyBinaryBlankHugeAndUnsupportedFiles() throws IOException {
        assertEquals("empty file (0 bytes)", reason(write("e.txt", new byte[0])));
        assertEquals("binary content (NUL bytes): not a text file", reason(write("b.txt", new byte[] {'a', 0, 'b'})));
        assertEquals("no text: the file holds only white space", reason(write("s.txt", " \n\t ".getBytes(StandardCharsets.UTF_8))));
        assertEquals("file too large: more than 1024 bytes", reason(write("h.txt", new byte[2000])));
        assertEquals("binary content (NUL characters after decoding UTF-16LE): not a text file",
                reason(write("bom.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0})));
        assertEquals("no text: the file holds no letters or digits", reason(write("p.txt", "--- *** ...".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void shouldGiveSameIdToSameTextAndDifferentIdToDifferentText() {
        assertEquals(ArticleId.of("Karachi airport"), ArticleId.of("Karachi airport"));
        assertNotEquals(ArticleId.of("Karachi airport"), ArticleId.of("Karachi University"));
        assertEquals(64, ArticleId.of("x").length());
    }

    private ParsedArticle only(Path file) {
        ReadOutcome outcome = reader.read(file, file.getFileName().toString());
        ReadOutcome.Articles read = assertInstanceOf(ReadOutcome.Articles.class, outcome, outcome.toString());
        assertEquals(1, read.articles().size());
        return read.articles().get(0);
    }

    private String reason(Path file) {
        return assertInstanceOf(ReadOutcome.Unreadable.class, reader.read(file, file.getFileName().toString())).reason();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
