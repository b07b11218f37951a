package org.cpecwatch.ingest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an article file into normalised text (UTF-8, NFC) or says clearly why it cannot.
 * Plain text and Markdown for now; other formats are refused by name until their parsers exist.
 */
public final class ArticleFileReader {

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "", "text/plain", "txt", "text/plain", "text", "text/plain", "md", "text/markdown",
            "markdown", "text/markdown");
    private static final int BINARY_PROBE_BYTES = 8192;

    private final long maxBytes;

    public ArticleFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The name the file had in the inbox decides the format; the path is where it is now. */
    public ReadOutcome read(Path path, String originalName) {
        String extension = extension(originalName);
        String contentType = CONTENT_TYPES.get(extension);
        if (contentType == null) {
            return new ReadOutcome.Unreadable("unsupported file type ." + extension
                    + ": only plain text (.txt, .text, .md) is read so far");
        }
        try {
            long size = Files.size(path);
            if (size == 0) {
                return new ReadOutcome.Unreadable("empty file (0 bytes)");
            }
            if (size > maxBytes) {
                return new ReadOutcome.Unreadable("file too large: " + size + " bytes, the limit is " + maxBytes);
            }
            byte[] bytes = Files.readAllBytes(path);
            if (!TextDecoder.hasBom(bytes) && looksBinary(bytes)) {
                return new ReadOutcome.Unreadable("binary content (NUL bytes): not a text file");
            }
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
            String text = normalise(decoded.text());
            if (text.isEmpty()) {
                return new ReadOutcome.Unreadable("no text: the file holds only white space");
            }
            // A byte-order mark can make binary decode "successfully"; what it gives back is still not prose.
            if (text.indexOf('\u0000') >= 0) {
                return new ReadOutcome.Unreadable("binary content (NUL characters after decoding " + decoded.charset()
                        + "): not a text file");
            }
            if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
                return new ReadOutcome.Unreadable("no text: the file holds no letters or digits");
            }
            return new ReadOutcome.Text(text, contentType, decoded.charset(), size);
        } catch (IOException e) {
            return new ReadOutcome.Unreadable("cannot read the file: " + e.getMessage());
        }
    }

    static String normalise(String text) {
        return Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC).strip();
    }

    private static boolean looksBinary(byte[] bytes) {
        int end = Math.min(bytes.length, BINARY_PROBE_BYTES);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
