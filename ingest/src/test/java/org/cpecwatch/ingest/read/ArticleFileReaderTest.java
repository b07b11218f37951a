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

        ReadOutcome.Text text = assertInstanceOf(ReadOutcome.Text.class, reader.read(file, "a.txt"));

        assertEquals("Caf\u00e9 attack\nsecond line", text.text());
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

        ReadOutcome.Text text = assertInstanceOf(ReadOutcome.Text.class, reader.read(write("u.txt", bytes), "u.txt"));

        assertEquals("Gwadar port", text.text());
        assertEquals("UTF-16LE", text.charset());
    }

    @Test
    void shouldFallBackToWindows1252ForSmartQuotes() throws IOException {
        byte[] bytes = "\u201cChinese nationals\u201d".getBytes(Charset.forName("windows-1252"));

        ReadOutcome.Text text = assertInstanceOf(ReadOutcome.Text.class, reader.read(write("w.txt", bytes), "w.txt"));

        assertEquals("\u201cChinese nationals\u201d", text.text());
        assertEquals("windows-1252", text.charset());
    }

    @Test
    void shouldRefuseEmptyBinaryBlankHugeAndUnsupportedFiles() throws IOException {
        assertEquals("empty file (0 bytes)", reason(write("e.txt", new byte[0])));
        assertEquals("binary content (NUL bytes): not a text file", reason(write("b.txt", new byte[] {'a', 0, 'b'})));
        assertEquals("no text: the file holds only white space", reason(write("s.txt", " \n\t ".getBytes(StandardCharsets.UTF_8))));
        assertEquals("file too large: 2000 bytes, the limit is 1024", reason(write("h.txt", new byte[2000])));
        assertEquals("binary content (NUL characters after decoding UTF-16LE): not a text file",
                reason(write("bom.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0})));
        assertEquals("no text: the file holds no letters or digits", reason(write("p.txt", "--- *** ...".getBytes(StandardCharsets.UTF_8))));
        assertEquals("unsupported file type .pdf: only plain text (.txt, .text, .md) is read so far",
                reason(write("p.pdf", "%PDF".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void shouldGiveSameIdToSameTextAndDifferentIdToDifferentText() {
        assertEquals(ArticleId.of("Karachi airport"), ArticleId.of("Karachi airport"));
        assertNotEquals(ArticleId.of("Karachi airport"), ArticleId.of("Karachi University"));
        assertEquals(64, ArticleId.of("x").length());
    }

    private String reason(Path file) {
        return assertInstanceOf(ReadOutcome.Unreadable.class, reader.read(file, file.getFileName().toString())).reason();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
