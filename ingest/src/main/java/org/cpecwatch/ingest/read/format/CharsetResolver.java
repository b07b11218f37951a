package org.cpecwatch.ingest.read.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.cpecwatch.ingest.read.UnreadableFileException;

/**
 * Bytes to normalised text. A byte-order mark wins (and what follows it must decode strictly), then the charset
 * the file declares (if its bytes agree), then strict UTF-8, then the statistical detector's guesses in order of
 * confidence; a guess counts only if it decodes every byte. When nothing reads the file cleanly it is refused
 * rather than turned into mojibake.
 */
final class CharsetResolver {

    // Below this the detector is guessing among near-equals; such a decode is more likely wrong than right.
    private static final int MIN_DETECTOR_CONFIDENCE = 10;
    private static final int BINARY_PROBE_BYTES = 8192;

    private CharsetResolver() {
    }

    static DecodedText decode(byte[] bytes, Optional<String> declared) throws UnreadableFileException {
        DecodedText decoded = decodeRaw(bytes, declared);
        if (decoded.text().indexOf('\u0000') >= 0) {
            throw new UnreadableFileException("binary content (NUL characters after decoding " + decoded.charset()
                    + "): not a text file");
        }
        return decoded;
    }

    private static DecodedText decodeRaw(byte[] bytes, Optional<String> declared) throws UnreadableFileException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return afterByteOrderMark(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return afterByteOrderMark(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return afterByteOrderMark(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (hasNulByte(bytes)) {
            throw new UnreadableFileException("binary content (NUL bytes): not a text file");
        }
        Optional<Charset> declaredCharset = declared.flatMap(CharsetResolver::charsetNamed);
        if (declaredCharset.isPresent()) {
            Optional<String> text = strictly(bytes, declaredCharset.get());
            if (text.isPresent()) {
                return decoded(text.get(), declaredCharset.get().name(), 100, "declared");
            }
        }
        Optional<String> utf8 = strictly(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return decoded(utf8.get(), "UTF-8", 100, "utf-8");
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() < MIN_DETECTOR_CONFIDENCE) {
                break;
            }
            Optional<Charset> charset = charsetNamed(match.getName()).filter(CharsetResolver::isAsciiCompatible);
            Optional<String> text = charset.flatMap(c -> strictly(bytes, c));
            if (text.isPresent() && !hasStrayControlCharacters(text.get())) {
                return decoded(text.get(), charset.get().name(), match.getConfidence(), "detected");
            }
        }
        throw new UnreadableFileException("unknown character encoding: the bytes are not valid UTF-8 and no other "
                + "encoding reads them cleanly");
    }

    /**
     * Two bytes of a mark say little: random bytes start with FF FE one time in 65,536, and leniently decoded they
     * become plausible-looking CJK. So the mark only chooses the charset; the rest must decode without a fault.
     */
    private static DecodedText afterByteOrderMark(byte[] bytes, int markLength, Charset charset)
            throws UnreadableFileException {
        Optional<String> text = strictly(ByteBuffer.wrap(bytes, markLength, bytes.length - markLength), charset);
        if (text.isEmpty()) {
            throw new UnreadableFileException("malformed " + charset.name() + ": the file starts with a " + charset.name()
                    + " byte-order mark, but the bytes after it are not valid " + charset.name());
        }
        return decoded(text.get(), charset.name(), 100, "bom");
    }

    private static DecodedText decoded(String text, String charset, int confidence, String source) {
        return new DecodedText(TextNormaliser.normalise(text), charset, confidence, source);
    }

    private static Optional<String> strictly(byte[] bytes, Charset charset) {
        return strictly(ByteBuffer.wrap(bytes), charset);
    }

    private static Optional<String> strictly(ByteBuffer bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString());
        } catch (CharacterCodingException notThisCharset) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> charsetNamed(String name) {
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }

    /**
     * Articles without a byte-order mark are written in ASCII-based charsets; an EBCDIC guess (IBM500 and kin)
     * "decodes" any byte soup, so it is never taken.
     */
    private static boolean isAsciiCompatible(Charset charset) {
        return charset.canEncode() && Arrays.equals("Az09 .".getBytes(charset), "Az09 .".getBytes(StandardCharsets.US_ASCII));
    }

    /** Control characters other than tab, line and page breaks mean the guess read binary as text. */
    private static boolean hasStrayControlCharacters(String text) {
        return text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                || (c >= 0x7F && c < 0xA0));
    }

    private static boolean hasNulByte(byte[] bytes) {
        int end = Math.min(bytes.length, BINARY_PROBE_BYTES);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
