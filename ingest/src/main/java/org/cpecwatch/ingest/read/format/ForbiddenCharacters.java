package org.cpecwatch.ingest.read.format;

import java.util.Locale;
import java.util.Optional;

/**
 * Characters no article text may hold, even when its bytes decoded cleanly: a JSON escape spells a NUL or an
 * unpaired surrogate in plain ASCII, so both pass every check on the bytes and appear only once unescaped. A NUL
 * breaks C-based readers downstream (PostgreSQL refuses it in text); a lone surrogate has no UTF-8 form and would
 * reach the topic as a silent {@code ?}.
 */
final class ForbiddenCharacters {

    private ForbiddenCharacters() {
    }

    /** The first forbidden character of {@code text} in words, or empty when there is none. */
    static Optional<String> describeFirst(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return Optional.of("a NUL character (\\u0000)");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("a lone surrogate (\\u" + Integer.toHexString(c).toLowerCase(Locale.ROOT)
                        + ") that encodes no character");
            }
        }
        return Optional.empty();
    }
}
