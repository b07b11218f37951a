package org.cpecwatch.enrich.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Predicate;

/**
 * An incident's id comes from the report that founded it (article id and the mention's place in that article), so
 * replaying the same articles gives the same ids, and the id stays while other reports merge in.
 */
final class IncidentIds {

    /** 64 bits: no clash among the few thousand incidents a register holds, and short enough to type. */
    private static final int HEX_CHARS = 16;

    private IncidentIds() {
    }

    static String founding(String articleId, int mentionIndex) {
        return sha256(articleId + "#" + mentionIndex);
    }

    /**
     * The founding id, or when another incident already holds it (its founder was re-enriched and the mention moved
     * elsewhere, yet other articles keep that incident alive) the next one derived from it.
     */
    static String free(String articleId, int mentionIndex, Predicate<String> taken) {
        String id = founding(articleId, mentionIndex);
        for (int attempt = 2; taken.test(id); attempt++) {
            id = sha256(articleId + "#" + mentionIndex + "#" + attempt);
        }
        return id;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
