package org.cpecwatch.ingest.read.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;

/**
 * The .txt shortcut takes prose only, the JSON names' shortcut JSON text only; everything that could be another format
 * still goes through Tika.
 */
class FormatDetectorFastPathTest {

    private final FormatDetector detector = new FormatDetector();

    @Test
    void shouldCallProseStartingWithArticlePlainTextWhateverItsName() throws IOException {
        byte[] text = "Article 7\n\nThe corridor's new road opened on Monday.".getBytes(StandardCharsets.UTF_8);

        assertEquals(MediaType.TEXT_PLAIN, detector.detect(text, "a.txt"));
        assertEquals(MediaType.TEXT_PLAIN, detector.detect(text, "a"));
    }

    @Test
    void shouldStillDetectOtherFormatsHiddenBehindATxtName() throws IOException {
        assertEquals(MediaType.text("html"), detector.detect(bytes("<html><body><p>Gwadar</p></body></html>"), "page.txt"));
        assertEquals(JsonParser.JSON, detector.detect(bytes("{\"title\": \"x\", \"body\": \"y\"}"), "export.txt"));
        assertEquals(MediaType.parse("message/rfc822"), detector.detect(bytes("From: a@example.org\r\nTo: b@example.org\r\n"
                + "Subject: Dasu\r\nMessage-ID: <1@example.org>\r\nDate: Mon, 7 Oct 2024 10:00:00 +0000\r\n\r\nBody"), "mail.txt"));
        assertEquals(MediaType.application("pdf"), detector.detect(bytes("%PDF-1.4\n%\u00e2\u00e3"), "doc.txt"));
    }

    @Test
    void shouldTakeJsonNamedJsonTextAsJsonAndLeaveAnythingElseBehindThatNameToTika() throws IOException {
        assertEquals(JsonParser.JSON, detector.detect(bytes("{\"title\": \"x\", \"body\": \"y\"}"), "a.json"));
        assertEquals(JsonLinesParser.JSON_LINES, detector.detect(bytes("{\"body\": \"x\"}\n{\"body\": \"y\"}\n"), "a.json"));
        assertEquals(JsonLinesParser.JSON_LINES, detector.detect(bytes("{\"body\": \"x\"}\n"), "feed.jsonl"));
        assertEquals(MediaType.application("pdf"), detector.detect(bytes("%PDF-1.4\n%\u00e2\u00e3"), "doc.json"));
        assertEquals(MediaType.text("html"), detector.detect(bytes("<html><body><p>Gwadar</p></body></html>"), "page.json"));
        assertEquals(false, PlainTextProbe.isJsonText(new byte[] {'{', 0, '}'}));
        assertEquals(false, PlainTextProbe.isJsonText(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}));
    }

    @Test
    void shouldLeaveBinaryAndByteOrderMarksToTika() {
        assertEquals(false, PlainTextProbe.isPlainText(new byte[] {'a', 'b', 0, 'c'}));
        assertEquals(false, PlainTextProbe.isPlainText(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}));
        assertEquals(false, PlainTextProbe.isPlainText(bytes("   ")));
        assertEquals(true, PlainTextProbe.isPlainText(bytes(" date 2022-12-21\nBody")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
