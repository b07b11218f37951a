package org.cpecwatch.ingest.read.format;

/**
 * Says, from the bytes alone, that a file is plain prose (no byte-order mark, no control bytes, and a start that
 * none of the other formats has: markup, JSON, RTF, PDF, a mail header line), or that it is JSON text. Anything it is unsure of
 * goes to Tika's full detection, so a wrong "no" costs time, never correctness.
 */
final class PlainTextProbe {

    private static final int PROBE_BYTES = 8192;

    private PlainTextProbe() {
    }

    static boolean isPlainText(byte[] bytes) {
        int end = Math.min(bytes.length, PROBE_BYTES);
        int first = firstVisible(bytes, end);
        if (first < 0 || !Character.isLetterOrDigit(bytes[first] & 0xFF) || (bytes[first] & 0x80) != 0) {
            return false;
        }
        return !hasControlBytes(bytes, end) && !startsWithHeaderLine(bytes, first, end);
    }

    /**
     * Text that opens like JSON: an object or an array first, no byte-order mark, no control bytes. For a file named
     * .json, .jsonl or .ndjson that is all Tika's magic could say too (text, or JSON), at a fraction of the cost.
     */
    static boolean isJsonText(byte[] bytes) {
        int end = Math.min(bytes.length, PROBE_BYTES);
        int first = firstVisible(bytes, end);
        return first >= 0 && (bytes[first] == '{' || bytes[first] == '[') && !hasControlBytes(bytes, end);
    }

    private static boolean hasControlBytes(byte[] bytes, int end) {
        for (int i = 0; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return true;
            }
        }
        return false;
    }

    private static int firstVisible(byte[] bytes, int end) {
        for (int i = 0; i < end; i++) {
            if (!Character.isWhitespace(bytes[i] & 0xFF)) {
                return i;
            }
        }
        return -1;
    }

    /** "From: …", "Received: …": an e-mail or a header block that Tika should look at. */
    private static boolean startsWithHeaderLine(byte[] bytes, int from, int end) {
        for (int i = from; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b == ':') {
                return true;
            }
            if (!(Character.isLetterOrDigit(b) || b == '-' || b == '_')) {
                return false;
            }
        }
        return false;
    }
}
