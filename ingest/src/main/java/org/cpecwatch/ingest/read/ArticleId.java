package org.cpecwatch.ingest.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An article's identity is its normalised text: the same article under another name has the same id. */
public final class ArticleId {

    private ArticleId() {
    }

    public static String of(String normalisedText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalisedText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
