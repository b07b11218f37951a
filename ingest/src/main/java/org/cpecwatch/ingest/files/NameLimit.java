package org.cpecwatch.ingest.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * File names ingest makes (a numbered copy, a sidecar) kept within the file system's limit. A name the inbox
 * accepted can be up to the limit already, and a suffix on it made the create or move fail every time.
 */
final class NameLimit {

    /** ext4, XFS, Btrfs and tmpfs all stop a name at 255 bytes. */
    static final int MAX_NAME_BYTES = 255;
    // The short hash that keeps two long names apart once their ends are cut off.
    private static final int HASH_HEX_DIGITS = 8;
    private static final String CUT_MARK = "~";

    private NameLimit() {
    }

    /**
     * {@code head + tail} when it fits; otherwise as much of {@code head} as fits, a {@code ~} and a short hash of
     * the whole head, then the tail. The tail (a suffix, a number, an extension) is always kept whole, so the
     * name still says what the file is; the same head always gives the same name.
     */
    static String fit(String head, String tail) {
        if (utf8Bytes(head) + utf8Bytes(tail) <= MAX_NAME_BYTES) {
            return head + tail;
        }
        String mark = CUT_MARK + shortHash(head);
        int budget = MAX_NAME_BYTES - utf8Bytes(tail) - mark.length();
        if (budget < 1) {
            throw new IllegalArgumentException("suffix too long for a file name: " + tail);
        }
        return prefixOfBytes(head, budget) + mark + tail;
    }

    static int utf8Bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest start of {@code text} within {@code maxBytes} that ends on a whole character. */
    private static String prefixOfBytes(String text, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = utf8Bytes(Character.toString(codePoint));
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
